package io.hookline.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@code --version} prints: the app's name and its version, set in code ({@code App.version(...)}) or else read
 * from the {@code Implementation-Version} of the jar that holds the class that runs the app.
 *
 * <p>Contract: one line; an app whose version is known nowhere says so, and the exit code is still 0.
 */
final class AppVersion {

  private AppVersion() {}

  /** Returns the line {@code --version} prints for {@code app}. */
  static String line(AppParts app) {
    String version = version(app);
    return version == null ? app.name() + ": no version is known (set one with App.version, or Implementation-Version"
        + " in the jar's manifest)\n" : app.name() + " " + version + "\n";
  }

  /** Returns the app's version, set in code or read from the jar's manifest, or {@code null} if neither says. */
  static @Nullable String version(AppParts app) {
    return app.version() != null ? app.version() : fromManifest().orElse(null);
  }

  /**
   * Returns the {@code Implementation-Version} of the package of the first class on this thread's stack that is not
   * Hookline's nor the platform's: the class that runs the app.
   */
  private static Optional<String> fromManifest() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
        .map(StackWalker.StackFrame::getDeclaringClass)
        .filter(type -> !isHooklines(type.getName()) && type.getClassLoader() != null)
        .findFirst())
        .map(type -> type.getPackage() == null ? null : type.getPackage().getImplementationVersion());
  }

  private static boolean isHooklines(String className) {
    return className.startsWith("io.hookline.") && !className.startsWith("io.hookline.examples.");
  }
}

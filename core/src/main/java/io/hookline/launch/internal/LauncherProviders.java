package io.hookline.launch.internal;

import io.hookline.launch.Launcher;
import io.hookline.provider.internal.Providers;
import java.util.List;
import java.util.Map;

/**
 * The launcher providers found with {@link java.util.ServiceLoader}: Hookline's four first, in the order the help shows
 * them, then the others by name.
 *
 * <p>Contract: {@link Providers}'.
 */
public final class LauncherProviders {

  /** The kind of provider, as the command line names it: {@code launcher=NAME}. */
  public static final String KIND = "launcher";

  private static final List<String> BUILT_IN = List.of("sequential", "parallel", "process", "slurm");

  private LauncherProviders() {}

  /** Returns the providers visible to {@code loader}, by name. */
  public static Map<String, Launcher.Provider> find(ClassLoader loader) {
    return Providers.find(Launcher.Provider.class, KIND, BUILT_IN, loader);
  }

  /** Returns the providers visible to this thread's context class loader, or else to Hookline's. */
  public static Map<String, Launcher.Provider> find() {
    return find(Providers.loader(Launcher.Provider.class));
  }
}

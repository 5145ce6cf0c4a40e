package io.hookline.internal;

import io.hookline.command.InputException;
import io.hookline.config.internal.Suggestions;
import io.hookline.launch.Launcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The launcher a multirun uses: the app's, or the one picked on the command line with the reserved overrides
 * {@code launcher=sequential}, {@code launcher=parallel} and {@code launcher.threads=N} (default: the number of
 * processors). These are taken out of the overrides, so no config sees them.
 *
 * @param launcher the launcher to use
 * @param chosen whether the command line picked it
 * @param overrides the other overrides, in order
 */
public record LauncherChoice(Launcher launcher, boolean chosen, List<String> overrides) {

  private static final List<String> NAMES = List.of("sequential", "parallel");

  /** Separates the launcher's overrides from the others. */
  public static LauncherChoice from(List<String> arguments, Launcher fallback) {
    String name = null;
    Integer threads = null;
    List<String> rest = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.startsWith("launcher=")) {
        name = argument.substring("launcher=".length());
        if (!NAMES.contains(name)) {
          throw new InputException("unknown launcher '" + name + "'" + Suggestions.didYouMean(name, NAMES)
              + "; the launchers are " + NAMES);
        }
      } else if (argument.startsWith("launcher.threads=")) {
        threads = threads(argument);
      } else if (argument.startsWith("launcher.")) {
        String key = argument.substring(0, Math.max(argument.indexOf('='), 0));
        throw new InputException("unknown launcher option '" + key + "'; the parallel launcher takes launcher.threads");
      } else {
        rest.add(argument);
      }
    }
    if (threads != null && !"parallel".equals(name)) {
      throw new InputException("launcher.threads applies to launcher=parallel");
    }
    if (name == null) {
      return new LauncherChoice(fallback, false, rest);
    }
    Launcher launcher = name.equals("sequential") ? Launcher.sequential()
        : Launcher.parallel(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    return new LauncherChoice(launcher, true, rest);
  }

  private static int threads(String argument) {
    String value = argument.substring("launcher.threads=".length());
    try {
      int threads = Integer.parseInt(value);
      if (threads >= 1) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException("launcher.threads must be a whole number of at least 1, not '" + value + "'");
  }
}

package io.hookline.launch.internal;

import io.hookline.config.internal.Suggestions;
import io.hookline.failure.InputException;
import io.hookline.launch.Launcher;
import io.hookline.launch.LauncherOptions;
import io.hookline.launch.LauncherProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The launcher a multirun uses: the app's, or the one picked on the command line with the reserved overrides
 * {@code launcher=NAME} and {@code launcher.OPTION=VALUE}, made by its {@link LauncherProvider}. These are taken out of
 * the overrides, so no config sees them. An option needs its launcher named.
 *
 * @param launcher the launcher to use
 * @param chosen whether the command line picked it
 * @param overrides the other overrides, in order
 */
public record LauncherChoice(Launcher launcher, boolean chosen, List<String> overrides) {

  /** Returns whether {@code argument} is one of the launcher's own overrides. */
  public static boolean isLauncherOverride(String argument) {
    return argument.startsWith("launcher=") || argument.startsWith("launcher.");
  }

  /**
   * Separates the launcher's overrides from the others, and makes the launcher they pick with the providers
   * {@code find} finds; it is asked only if there is a launcher override, so that a plain run loads no provider.
   */
  public static LauncherChoice from(List<String> arguments, Launcher fallback,
      Supplier<Map<String, LauncherProvider>> find) {
    boolean named = arguments.stream().anyMatch(LauncherChoice::isLauncherOverride);
    Map<String, LauncherProvider> providers = named ? find.get() : Map.of();
    LauncherProvider chosen = null;
    Map<String, String> given = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.startsWith("launcher=")) {
        String name = argument.substring("launcher=".length());
        chosen = providers.get(name);
        if (chosen == null) {
          throw new InputException("unknown launcher '" + name + "'" + Suggestions.didYouMean(name,
              providers.keySet()) + "; the launchers are " + List.copyOf(providers.keySet()));
        }
      } else if (argument.startsWith("launcher.")) {
        int equals = argument.indexOf('=');
        if (equals < 0) {
          throw new InputException("'" + argument + "' needs a value: launcher.OPTION=VALUE");
        }
        given.put(argument.substring("launcher.".length(), equals), argument.substring(equals + 1));
      } else {
        rest.add(argument);
      }
    }
    for (String option : given.keySet()) {
      check(chosen, option, providers);
    }
    if (chosen == null) {
      return new LauncherChoice(fallback, false, rest);
    }
    return new LauncherChoice(chosen.create(LauncherOptions.of(given)), true, rest);
  }

  private static boolean takes(LauncherProvider provider, String option) {
    return provider.options().stream().anyMatch(declared -> declared.matches(option));
  }

  private static void check(LauncherProvider chosen, String option, Map<String, LauncherProvider> providers) {
    if (chosen != null && takes(chosen, option)) {
      return;
    }
    List<String> owners = new ArrayList<>();
    providers.forEach((name, provider) -> {
      if (takes(provider, option)) {
        owners.add("launcher=" + name);
      }
    });
    if (owners.isEmpty()) {
      List<String> known = new ArrayList<>();
      providers.values().forEach(provider -> provider.options().forEach(declared -> known.add(declared.name())));
      throw new InputException("unknown launcher option 'launcher." + option + "'"
          + Suggestions.didYouMean(option, known) + "; each launcher's options are in --help");
    }
    throw new InputException("launcher." + option + " applies to " + String.join(" and ", owners)
        + (chosen == null ? "; name the launcher too" : ", not launcher=" + chosen.name()));
  }
}

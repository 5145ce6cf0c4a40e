package io.hookline.provider.internal;

import io.hookline.InputException;
import io.hookline.Provider;
import io.hookline.config.internal.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the reserved overrides of one kind of provider pick, {@code KIND=NAME} and {@code KIND.OPTION=VALUE}
 * ({@code launcher=process launcher.workers=4}): the value its provider creates, if one is named. These overrides are
 * taken out of the others, so no config sees them. An option needs its provider named.
 *
 * @param chosen what the named provider created, or {@code null} if none was named
 * @param overrides the other overrides, in order
 * @param <T> what the providers create
 */
public record ProviderChoice<T>(@Nullable T chosen, List<String> overrides) {

  /** Returns whether {@code argument} is one of the reserved overrides of {@code kind}. */
  public static boolean isOwn(String kind, String argument) {
    return argument.startsWith(kind) && argument.length() > kind.length()
        && (argument.charAt(kind.length()) == '=' || argument.charAt(kind.length()) == '.');
  }

  /** Returns {@code arguments} without the reserved overrides of {@code kind}. */
  public static List<String> without(String kind, List<String> arguments) {
    return arguments.stream().filter(argument -> !isOwn(kind, argument)).toList();
  }

  /**
   * Returns the arguments {@code declared} in a file or a composed config ({@code KIND=NAME}, {@code KIND.OPTION=V},
   * overrides) with {@code given}, the command line's, after them and winning: a key {@code given} sets takes the place
   * of the declared one, and a {@code KIND=NAME} it gives replaces the declared provider, options and all, while a
   * {@code KIND.OPTION=V} it gives adds to it.
   */
  public static List<String> under(String kind, List<String> declared, List<String> given) {
    if (declared.isEmpty()) {
      return given;
    }
    Set<String> keys = new HashSet<>();
    given.forEach(argument -> keys.add(key(argument)));
    boolean named = given.stream().anyMatch(argument -> argument.startsWith(kind + "="));
    List<String> merged = new ArrayList<>();
    for (String argument : declared) {
      if (isOwn(kind, argument) ? !named : !keys.contains(key(argument))) {
        merged.add(argument);
      }
    }
    merged.addAll(given);
    return merged;
  }

  /** Returns the key an override sets: before its {@code =}, without a leading {@code +} or {@code ~}. */
  public static String key(String argument) {
    int end = argument.indexOf('=') < 0 ? argument.length() : argument.indexOf('=');
    int start = 0;
    while (start < end && (argument.charAt(start) == '+' || argument.charAt(start) == '~')) {
      start++;
    }
    return argument.substring(start, end);
  }

  /**
   * Separates the overrides of {@code kind} from the others, and creates the value they pick with the providers
   * {@code find} finds; it is asked only if there is such an override, so that a plain run loads no provider. A
   * later {@code KIND=NAME} replaces an earlier one.
   *
   * @throws InputException if the provider or an option is unknown, an option belongs to another provider, or a
   *     value is bad
   */
  public static <T> ProviderChoice<T> from(String kind, List<String> arguments,
      Supplier<? extends Map<String, ? extends Provider<? extends T>>> find) {
    boolean named = arguments.stream().anyMatch(argument -> isOwn(kind, argument));
    Map<String, ? extends Provider<? extends T>> providers = named ? find.get() : Map.of();
    Provider<? extends T> chosen = null;
    Map<String, String> given = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.startsWith(kind + "=")) {
        String name = argument.substring(kind.length() + 1);
        chosen = providers.get(name);
        if (chosen == null) {
          String hint = Suggestions.didYouMean(name, providers.keySet());
          throw new InputException("unknown " + kind + " '" + name + "'" + (hint.isEmpty() ? "; the " : hint + " The ")
              + kind + "s are " + List.copyOf(providers.keySet()));
        }
      } else if (isOwn(kind, argument)) {
        int equals = argument.indexOf('=');
        if (equals < 0) {
          throw new InputException("'" + argument + "' needs a value: " + kind + ".OPTION=VALUE");
        }
        given.put(argument.substring(kind.length() + 1, equals), argument.substring(equals + 1));
      } else {
        rest.add(argument);
      }
    }
    for (String option : given.keySet()) {
      check(kind, chosen, option, providers);
    }
    return new ProviderChoice<>(chosen == null ? null : chosen.create(Provider.Options.of(kind, given)), rest);
  }

  /** Returns what was chosen, or else {@code fallback}. */
  public T or(T fallback) {
    return chosen != null ? chosen : fallback;
  }

  private static boolean takes(Provider<?> provider, String option) {
    return provider.options().keySet().stream().anyMatch(declared -> matches(declared, option));
  }

  /** Returns whether {@code given}, a name from the command line, is the option {@code declared} or of its family. */
  private static boolean matches(String declared, String given) {
    if (!declared.endsWith(".NAME")) {
      return given.equals(declared);
    }
    String family = declared.substring(0, declared.length() - "NAME".length());
    return given.startsWith(family) && given.length() > family.length();
  }

  private static void check(String kind, @Nullable Provider<?> chosen, String option,
      Map<String, ? extends Provider<?>> providers) {
    if (chosen != null && takes(chosen, option)) {
      return;
    }
    List<String> owners = new ArrayList<>();
    providers.forEach((name, provider) -> {
      if (takes(provider, option)) {
        owners.add(kind + "=" + name);
      }
    });
    if (owners.isEmpty()) {
      List<String> known = new ArrayList<>();
      providers.values().forEach(provider -> known.addAll(provider.options().keySet()));
      throw new InputException("unknown " + kind + " option '" + kind + "." + option + "'"
          + Suggestions.didYouMean(option, known) + "; each " + kind + "'s options are in --help");
    }
    throw new InputException(kind + "." + option + " applies to " + String.join(" and ", owners)
        + (chosen == null ? "; name the " + kind + " too" : ", not " + kind + "=" + chosen.name()));
  }
}

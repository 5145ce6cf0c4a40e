package io.hookline.launch;

import io.hookline.failure.InputException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher options given on the command line ({@code launcher.OPTION=VALUE}), as a {@link LauncherProvider} reads
 * them. Each reader checks the value and throws an {@link InputException} that names the option and what it takes.
 *
 * <p>Contract: immutable; the options are in the order given, and each name is one of the provider's options.
 */
public final class LauncherOptions {

  private final Map<String, String> given;

  private LauncherOptions(Map<String, String> given) {
    this.given = Map.copyOf(given);
  }

  /** Returns the options {@code given}, by name. */
  public static LauncherOptions of(Map<String, String> given) {
    return new LauncherOptions(new LinkedHashMap<>(given));
  }

  /** Returns whether option {@code name} was given. */
  public boolean has(String name) {
    return given.containsKey(name);
  }

  /** Returns the value of option {@code name}, if it was given. */
  public Optional<String> text(String name) {
    return Optional.ofNullable(given.get(name));
  }

  /** Returns the options of the family {@code prefix} ({@code env.} for {@code env.NAME}), by the name after it. */
  public Map<String, String> family(String prefix) {
    Map<String, String> family = new LinkedHashMap<>();
    given.forEach((name, value) -> {
      if (name.startsWith(prefix)) {
        family.put(name.substring(prefix.length()), value);
      }
    });
    return family;
  }

  /**
   * Returns option {@code name} as a whole number of at least {@code least}, or {@code unset} if it was not given.
   *
   * @throws InputException if its value is not such a number
   */
  public int count(String name, int unset, int least) {
    String value = given.get(name);
    if (value == null) {
      return unset;
    }
    try {
      int count = Integer.parseInt(value.strip());
      if (count >= least) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException("launcher." + name + " must be a whole number of at least " + least + ", not '" + value
        + "'");
  }

  /**
   * Returns option {@code name} as a number of seconds above 0 and at most an hour, or {@code unset} if it was not
   * given.
   *
   * @throws InputException if its value is not such a number
   */
  public Duration seconds(String name, Duration unset) {
    String value = given.get(name);
    if (value == null) {
      return unset;
    }
    try {
      double seconds = Double.parseDouble(value.strip());
      if (seconds > 0 && seconds <= 3600) {
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException("launcher." + name + " must be a number of seconds above 0 and at most 3600, not '"
        + value + "'");
  }

  @Override
  public String toString() {
    return given.toString();
  }
}

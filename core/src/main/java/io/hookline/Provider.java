package io.hookline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a {@code T} (a launcher, a sweeper) choosable by name: on the command line, as {@code KIND=NAME
 * KIND.OPTION=VALUE} ({@code launcher=process launcher.workers=4}), or in a composed config's {@code hookline} node;
 * every command's help lists it with its options. Providers are found with {@link java.util.ServiceLoader} through
 * their kind's interface, {@code io.hookline.launch.Launcher.Provider} or {@code io.hookline.sweep.Sweeper.Provider}:
 * declare an implementation in {@code META-INF/services/} under that interface's binary name
 * ({@code io.hookline.launch.Launcher$Provider}), or with {@code provides} in a module. Hookline's own launchers and sweepers are provided the same way.
 *
 * <p>Contract: {@link #name()} is unique among the providers of its kind, and neither it nor an option's name changes
 * over the provider's life. {@link #create} is given only the options {@link #options()} declares, and reports a bad
 * value by letting the {@link Options} reader throw, which the user sees as one line and exit code 2.
 *
 * @param <T> what the provider creates
 */
public interface Provider<T> {

  /** Returns the name that picks this provider: lower case letters, digits and dashes, starting with a letter. */
  String name();

  /** Returns what it does, in a few words, for the help. */
  String description();

  /**
   * Returns the options it takes, each name with what it sets and its default, for the help, which lists them in the
   * map's order (a {@link java.util.LinkedHashMap} keeps the order they were put in). Names are camelCase, as config keys are ({@code launcher.pollSeconds}); a name ending in {@code .NAME}
   * ({@code env.NAME}) takes any name in that place ({@code launcher.env.PATH=/bin}). A provider whose option is named
   * otherwise is a packaging fault, reported when providers are found.
   */
  Map<String, String> options();

  /** Creates its value from the options given. */
  T create(Options options);

  /**
   * The options given to a {@link Provider} ({@code launcher.OPTION=VALUE}, {@code sweeper.OPTION=VALUE}), as it reads
   * them. Each reader checks the value and throws an {@link InputException} that names the option, as the user wrote
   * it, and what it takes.
   *
   * <p>Contract: immutable; the options are in the order given, and each name is one of the provider's options.
   */
  final class Options {

    private final String kind;
    private final Map<String, String> given;

    private Options(String kind, Map<String, String> given) {
      this.kind = kind;
      this.given = Map.copyOf(given);
    }

    /** Returns the options {@code given} to a provider of {@code kind} ({@code launcher}, {@code sweeper}), by name. */
    public static Options of(String kind, Map<String, String> given) {
      return new Options(kind, new LinkedHashMap<>(given));
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
      throw error(name, value, "a whole number of at least " + least);
    }

    /**
     * Returns option {@code name} as a whole number, such as a seed, or {@code unset} if it was not given.
     *
     * @throws InputException if its value is not a whole number that fits in 64 bits
     */
    public long whole(String name, long unset) {
      String value = given.get(name);
      if (value == null) {
        return unset;
      }
      try {
        return Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        throw error(name, value, "a whole number");
      }
    }

    /**
     * Returns option {@code name}, which must be one of {@code choices}, or {@code unset} if it was not given.
     *
     * @throws InputException if its value is not one of them
     */
    public String oneOf(String name, String unset, List<String> choices) {
      String value = given.get(name);
      if (value == null) {
        return unset;
      }
      if (!choices.contains(value.strip())) {
        throw error(name, value, "one of " + String.join(", ", choices));
      }
      return value.strip();
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
      throw error(name, value, "a number of seconds above 0 and at most 3600");
    }

    /** Returns the error for option {@code name}, whose {@code value} is not {@code what} it must be. */
    public InputException error(String name, String value, String what) {
      return new InputException(kind + "." + name + " must be " + what + ", not '" + value + "'");
    }

    @Override
    public String toString() {
      return given.toString();
    }
  }
}

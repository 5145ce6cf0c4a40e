package io.hookline;

import java.util.List;
import java.util.Objects;

/**
 * Makes a {@code T} (a launcher, a sweeper) choosable by name: on the command line, as {@code KIND=NAME
 * KIND.OPTION=VALUE} ({@code launcher=process launcher.workers=4}), or in a composed config's {@code hookline} node;
 * every command's help lists it with its options. Providers are found with {@link java.util.ServiceLoader} through
 * their kind's interface, {@code io.hookline.launch.LauncherProvider} or {@code io.hookline.sweep.SweeperProvider}:
 * declare an implementation in {@code META-INF/services/} under that interface's name, or with {@code provides} in a
 * module. Hookline's own launchers and sweepers are provided the same way.
 *
 * <p>Contract: {@link #name()} is unique among the providers of its kind, and neither it nor an option's name changes
 * over the provider's life. {@link #create} is given only the options {@link #options()} declares, and reports a bad
 * value by letting the {@link ProviderOptions} reader throw, which the user sees as one line and exit code 2.
 *
 * @param <T> what the provider creates
 */
public interface Provider<T> {

  /** Returns the name that picks this provider: lower case letters, digits and dashes, starting with a letter. */
  String name();

  /** Returns what it does, in a few words, for the help. */
  String description();

  /** Returns the options it takes, in the order the help lists them. */
  List<Option> options();

  /** Creates its value from the options given. */
  T create(ProviderOptions options);

  /**
   * One option of a provider, set with {@code KIND.NAME=VALUE}. Names are camelCase, as config keys are
   * ({@code launcher.pollSeconds}). A name ending in {@code .NAME} ({@code env.NAME}) takes any name in that place:
   * {@code launcher.env.PATH=/bin}.
   *
   * @param name the option's name
   * @param description what it sets, and its default, for the help
   */
  record Option(String name, String description) {

    /** Checks the name. */
    public Option {
      Objects.requireNonNull(description, "description");
      if (!Objects.requireNonNull(name, "name").matches("[a-z][A-Za-z0-9]*(\\.NAME)?")) {
        throw new IllegalArgumentException("an option's name is camelCase, with an optional '.NAME' for a family of"
            + " options: not '" + name + "'");
      }
    }

    /** Returns whether {@code given}, a name from the command line, is this option. */
    public boolean matches(String given) {
      return name.endsWith(".NAME")
          ? given.startsWith(name.substring(0, name.length() - "NAME".length()))
              && given.length() > name.length() - "NAME".length()
          : given.equals(name);
    }
  }
}

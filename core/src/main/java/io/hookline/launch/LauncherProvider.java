package io.hookline.launch;

import java.util.List;
import java.util.Objects;

/**
 * Makes a launcher choosable on the command line, as {@code launcher=NAME launcher.OPTION=VALUE}, and lists it with its
 * options in every command's help. Providers are found with {@link java.util.ServiceLoader}: declare an implementation
 * in {@code META-INF/services/io.hookline.launch.LauncherProvider}, or with {@code provides} in a module. Hookline's
 * four launchers are provided the same way.
 *
 * <p>Contract: {@link #name()} is unique among the providers found, and neither it nor an option's name changes over
 * the provider's life. {@link #create} is given only the options {@link #options()} declares, and reports a bad value
 * by letting the {@link LauncherOptions} reader throw, which the user sees as one line and exit code 2.
 */
public interface LauncherProvider {

  /** Returns the name that picks this launcher: lower case letters, digits and dashes, starting with a letter. */
  String name();

  /** Returns what the launcher does, in a few words, for the help. */
  String description();

  /** Returns the options the launcher takes, in the order the help lists them. */
  List<Option> options();

  /** Creates the launcher from the options given on the command line. */
  Launcher create(LauncherOptions options);

  /**
   * One option of a launcher, set with {@code launcher.NAME=VALUE}. Names are camelCase, as config keys are
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
        throw new IllegalArgumentException("a launcher option's name is camelCase, with an optional '.NAME' for a"
            + " family of options: not '" + name + "'");
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

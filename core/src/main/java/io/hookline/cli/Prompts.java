package io.hookline.cli;

import io.hookline.CommandSpec;
import io.hookline.InputException;
import io.hookline.OptionSpec;
import io.hookline.command.internal.SecretOptions;
import io.hookline.config.internal.Secrets;
import java.io.Console;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The questions a command line's {@linkplain OptionSpec#prompted prompted} options ask on the terminal: a value for one
 * left out, without echo for a {@linkplain OptionSpec#isSecret secret}, and a confirmation for a flag.
 *
 * <p>Contract: a terminal is there when the JVM has a {@link Console} (its standard input and output are a terminal).
 * A value that does not fit is said and asked again, three times at most; the end of the input is no answer. Without a
 * terminal nothing is asked, and what the option needs is one line.
 */
public final class Prompts {

  private static final int TRIES = 3;

  private Prompts() {}

  /**
   * Asks for {@code option} of the command {@code command}, left out of its command line, and puts the answer into
   * {@code options}; an option that is not required is left out when there is no terminal or the answer is empty.
   *
   * @throws InputException if a confirmation is refused or cannot be asked, or a required value is not given
   */
  static void ask(String command, OptionSpec option, Map<String, List<String>> options) {
    ask(Terminal.console(), command, option, options);
  }

  /** Asks as {@link #ask(String, OptionSpec, Map)} does, on {@code console}, or without a terminal if it is null. */
  static void ask(@Nullable Terminal console, String command, OptionSpec option, Map<String, List<String>> options) {
    String question = option.prompt();
    if (!option.takesValue()) {
      if (console == null) {
        throw new InputException("command '" + command + "' asks '" + question + "', and there is no terminal to"
            + " answer on; give " + OptionsParser.flagShown(option) + " to answer yes");
      }
      String answer = console.readLine(question + " [y/N] ");
      if (answer == null || !List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT))) {
        throw new InputException("command '" + command + "' was not confirmed; nothing ran");
      }
      options.put(option.dest(), List.of("true"));
      return;
    }
    String value = console == null ? null : value(console, command, option);
    if (value != null) {
      options.put(option.dest(), List.of(value));
    }
  }

  /**
   * Returns {@code options} of the command {@code spec} with the value of each secret option that a file kept masked (a
   * rerun job's, a resumed sweep's, a worker's plan) given again: from the worker's environment when set there, or else
   * asked on the terminal.
   *
   * @throws InputException if there is no terminal to ask on, or no answer fits
   */
  public static Map<String, List<String>> secretsAgain(CommandSpec spec, Map<String, List<String>> options) {
    return secretsAgain(spec, options, System::getenv, Terminal.console());
  }

  /**
   * Gives secrets again as {@link #secretsAgain(CommandSpec, Map)} does, from {@code environment} or on
   * {@code console}, or without a terminal if it is null.
   */
  static Map<String, List<String>> secretsAgain(CommandSpec spec, Map<String, List<String>> options,
      Function<String, @Nullable String> environment, @Nullable Terminal console) {
    Map<String, List<String>> given = new LinkedHashMap<>(options);
    for (OptionSpec option : spec.options()) {
      if (option.isSecret() && List.of(Secrets.MASK).equals(options.get(option.dest()))) {
        String variable = environment.apply(SecretOptions.variable(option.dest()));
        given.put(option.dest(), List.of(variable != null ? variable
            : secretAgain(console, spec.command(), option)));
      }
    }
    return given;
  }

  private static String secretAgain(@Nullable Terminal console, String command, OptionSpec option) {
    String value = console == null ? null : value(console, command, option);
    if (value == null) {
      throw new InputException("option " + OptionsParser.flagShown(option) + " of command '" + command + "' is secret,"
          + " so no file of the run keeps it; run this on a terminal to be asked for it");
    }
    return value;
  }

  /** Returns the value given for {@code option} on {@code console}, or {@code null} for none to an optional one. */
  private static @Nullable String value(Terminal console, String command, OptionSpec option) {
    for (int tries = 0; tries < TRIES; tries++) {
      String question = option.prompt() != null ? option.prompt() : option.description();
      String answer = option.isSecret() ? secret(console.readPassword(question + ": "))
          : console.readLine(question + ": ");
      if (answer == null) {
        break;
      }
      if (answer.isEmpty() && !option.mandatory() && !option.isSecret()) {
        return null;
      }
      try {
        option.check(answer);
        return answer;
      } catch (InputException e) {
        String said = option.isSecret() ? e.getMessage().replace(answer, Secrets.MASK) : e.getMessage();
        console.say(OptionsParser.flagShown(option) + " " + said);
      }
    }
    if (!option.mandatory() && !option.isSecret()) {
      return null;
    }
    throw new InputException("command '" + command + "' needs option " + OptionsParser.flagShown(option) + " "
        + option.argument() + " (" + option.description() + "), and no answer fit");
  }

  private static @Nullable String secret(char @Nullable [] typed) {
    return typed == null ? null : new String(typed);
  }

  /** The terminal questions are asked on: the JVM's {@link Console}, or a script in tests. */
  interface Terminal {

    /** Returns the line typed after {@code question}, or {@code null} at the end of the input. */
    @Nullable String readLine(String question);

    /** Returns what was typed, without echo, after {@code question}, or {@code null} at the end of the input. */
    char @Nullable [] readPassword(String question);

    /** Says {@code line} on the terminal. */
    void say(String line);

    /** Returns the JVM's console as a terminal, or {@code null} if it has none. */
    static @Nullable Terminal console() {
      Console console = System.console();
      return console == null ? null : new Terminal() {
        @Override
        public @Nullable String readLine(String question) {
          return console.readLine("%s", question);
        }

        @Override
        public char @Nullable [] readPassword(String question) {
          return console.readPassword("%s", question);
        }

        @Override
        public void say(String line) {
          console.printf("%s%n", line);
        }
      };
    }
  }
}

package io.hookline.cli;

import io.hookline.CommandSpec;
import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.OptionSpec;
import io.hookline.command.internal.OptionDefaults;
import io.hookline.command.internal.OptionText;
import io.hookline.command.internal.OptionValues;
import io.hookline.config.internal.Secrets;
import io.hookline.config.internal.Suggestions;
import io.hookline.failure.internal.FailureLimit;
import io.hookline.provider.internal.ProviderChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Parses a command's arguments against its {@link CommandSpec}: options by their specs, everything else an override.
 * JOpt Simple reads the options ({@link OptionWords}), only for a line one of whose words starts with a dash.
 *
 * <p>Contract: abbreviations are off ({@code --tr} never means {@code --train-path}); options and overrides may come
 * in any order; {@code --} ends the options. An option that is absent but has a default value gets it. Every parse
 * error is an {@link InputException} naming the option and the command, with the closest known options as
 * suggestions.
 */
public final class OptionsParser {

  /** An option whose default may come from an environment variable, for {@link #has}. */
  private static final int FROM_ENVIRONMENT = 1;
  /** An option in a group. */
  private static final int GROUPED = 2;
  /** An option one of whose names starts with a digit. */
  private static final int DIGIT_NAMED = 4;
  /** An option that takes several values at a use. */
  private static final int SEVERAL_VALUES = 8;

  private OptionsParser() {}

  /**
   * Returns whether any of {@code options} is of the {@code kind} ({@link #GROUPED}, …). Loops, not streams, here and
   * in {@link #flagged}: every program runs them when it starts, and each lambda links a class.
   */
  private static boolean has(List<OptionSpec> options, int kind) {
    for (OptionSpec option : options) {
      boolean is = switch (kind) {
        case FROM_ENVIRONMENT -> option.environment() != null;
        case GROUPED -> option.group() != null;
        case DIGIT_NAMED -> startsWithDigit(option.names());
        default -> option.maxValues() > 1;
      };
      if (is) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithDigit(List<String> names) {
    for (String name : names) {
      if (Character.isDigit(name.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a word of {@code words} starts with {@code prefix}: a dash, so that JOpt need read them, or an
   * {@code @} of an argument file. A loop, not a stream: every program asks at start.
   */
  static boolean anyStartsWith(List<String> words, String prefix) {
    for (String word : words) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the options of {@code options} given by a flag: all but the positional parameters. */
  private static List<OptionSpec> flagged(List<OptionSpec> options) {
    List<OptionSpec> flagged = new ArrayList<>();
    for (OptionSpec option : options) {
      if (!option.positional()) {
        flagged.add(option);
      }
    }
    return flagged;
  }

  /**
   * Parses {@code args}, the arguments after the command's name, with the app's {@code readers} of option values for
   * the options of types Hookline does not read itself, and its sources of options' {@code defaults}, whose files are
   * read from {@code directory}. A word that is a negative number ({@code -1}, {@code -2.5}) is a value, not an option,
   * where no option has a digit for a name.
   */
  public static ParsedLine parse(CommandSpec command, Map<Class<?>, Function<String, ?>> readers,
      List<OptionDefaults.Source> defaults, Path directory, List<String> args) {
    CommandSpec typed = OptionValues.withReaders(command, readers);
    CommandSpec spec = defaults.isEmpty() && !has(typed.options(), FROM_ENVIRONMENT)
        ? typed : OptionDefaults.apply(typed, defaults, System::getenv, directory); // its code loads only when used
    List<OptionSpec> flagged = flagged(spec.options());
    Map<String, String> numbers = new HashMap<>();
    List<String> words = numbersAsWords(spec, withArity(spec, args), numbers);
    rejectUnknownOptions(spec, words, numbers);
    OptionWords.Read read = anyStartsWith(words, "-") ? OptionWords.read(spec, flagged, words)
        : OptionWords.Read.of(flagged, words);
    boolean help = read.reserved().containsKey(Reserved.HELP.name());
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    List<OptionSpec> present = new ArrayList<>();
    for (int i = 0; i < flagged.size(); i++) {
      OptionSpec option = flagged.get(i);
      List<String> values = read.values().get(i);
      put(spec, option, values, options, help);
      if (values != null) {
        present.add(option);
        if (option.deprecation() != null) {
          warnings.add("option '" + String.join("/", option.flags()) + "' of command '" + spec.command()
              + "' is deprecated: " + option.deprecation());
        }
      }
    }
    List<String> rests = new ArrayList<>();
    for (String word : read.rest()) {
      rests.add(numbers.getOrDefault(word, word));
    }
    List<String> overrides = positionals(spec, rests, options, help);
    if (has(spec.options(), GROUPED)) {
      OptionGroups.check(spec, present, help); // its class loads only for a command that has groups
    }
    once(overrides);
    return new ParsedLine(options, overrides, Reserved.Given.of(read.reserved()), warnings);
  }

  /**
   * Returns {@code args} with each negative number that stands where an option could ({@code -1}, not the value of
   * {@code --offset -1}) replaced by a word that JOpt reads as no option, which {@code numbers} maps back to it, unless
   * an option's name is a digit.
   */
  private static List<String> numbersAsWords(CommandSpec spec, List<String> args, Map<String, String> numbers) {
    boolean digitNames = has(spec.options(), DIGIT_NAMED);
    List<String> words = new ArrayList<>(args);
    for (int i = 0; i < words.size() && !digitNames; i++) {
      String arg = words.get(i);
      if (arg.equals("--")) {
        break;
      }
      boolean valueOfPrevious = i > 0 && Boolean.TRUE.equals(takesNext(words.get(i - 1), spec.options()));
      boolean number = arg.length() > 1 && arg.charAt(0) == '-' && Character.isDigit(arg.charAt(1)) // no regex at all
          && arg.matches("-[0-9][0-9_]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?"); // unless the word could be a number
      if (!valueOfPrevious && number) {
        String word = "\u0000number " + i + "\u0000";
        numbers.put(word, arg);
        words.set(i, word);
      }
    }
    return words;
  }

  /**
   * Returns {@code args} with each use of an option that takes several values ({@code --point 1 2}) written as one
   * use per value ({@code --point 1 --point 2}): the words after it, up to its most, the next option (a negative
   * number is a value) or override, or {@code --}.
   *
   * @throws InputException if a use has fewer values than the option's least
   */
  private static List<String> withArity(CommandSpec spec, List<String> args) {
    if (!has(spec.options(), SEVERAL_VALUES)) {
      return args;
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      OptionSpec option = arg.equals("--") ? null : spec.options().stream().filter(candidate -> candidate.maxValues()
          > 1 && candidate.flags().contains(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg))
          .findFirst().orElse(null);
      if (option == null) {
        words.add(arg);
        if (arg.equals("--")) {
          words.addAll(args.subList(i + 1, args.size()));
          break;
        }
        continue;
      }
      String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      List<String> values = new ArrayList<>();
      if (arg.contains("=")) {
        values.add(arg.substring(arg.indexOf('=') + 1));
      }
      while (values.size() < option.maxValues() && i + 1 < args.size() && isValue(args.get(i + 1))) {
        values.add(args.get(++i));
      }
      if (values.size() < option.minValues()) {
        throw new InputException("option '" + flag + "' of command '" + spec.command() + "' takes "
            + (option.minValues() == option.maxValues() ? "" : "at least ") + option.minValues() + " values ("
            + option.argument() + "), not " + values.size());
      }
      values.forEach(value -> {
        words.add(flag);
        words.add(value);
      });
    }
    return words;
  }

  /** Returns whether {@code word}, after an option of several values, is one of them. */
  private static boolean isValue(String word) {
    return !word.equals("--") && !word.contains("=") && !word.startsWith("+") && !word.startsWith("~")
        && (!word.startsWith("-") || word.matches("-[0-9][0-9_.eE+-]*"));
  }

  /**
   * Returns, for {@code arg}, a word standing where an option may ({@code --limit}, {@code --no-color}, {@code -xvf},
   * {@code -n=3}), whether the word after it is its value: an option that takes one, given without {@code =}, or a
   * cluster of short options whose last letter takes one; {@code null} if it names none of {@code options}.
   */
  public static @Nullable Boolean takesNext(String arg, List<OptionSpec> options) {
    boolean attached = arg.contains("=");
    String flag = attached ? arg.substring(0, arg.indexOf('=')) : arg;
    for (OptionSpec option : options) {
      if (option.flags().contains(flag) || option.isNegatable() && flag.startsWith("--no-")
          && option.flags().contains("--" + flag.substring(5))) {
        return option.takesValue() && !attached;
      }
    }
    if (flag.startsWith("--") || !flag.startsWith("-") || flag.length() < 3) {
      return null;
    }
    for (int i = 1; i < flag.length(); i++) { // a cluster: each letter a flag, until one that takes the rest or next
      String letter = "-" + flag.charAt(i);
      OptionSpec option = options.stream().filter(each -> each.flags().contains(letter)).findFirst().orElse(null);
      if (option == null) {
        return null;
      }
      if (option.takesValue()) {
        return i == flag.length() - 1 && !attached;
      }
    }
    return false;
  }

  /**
   * Returns how an error names {@code option}: its first long flag ({@code --json}), else its first flag, or a
   * parameter's label.
   */
  static String flagShown(OptionSpec option) {
    for (String flag : option.flags()) {
      if (flag.startsWith("--")) {
        return flag;
      }
    }
    return option.flags().isEmpty() ? String.valueOf(option.argument()) : option.flags().get(0);
  }

  /** Returns the {@code no-} names of a negatable flag: one for each long name. */
  static List<String> negated(OptionSpec option) {
    return option.names().stream().filter(name -> name.length() > 1).map(name -> "no-" + name).toList();
  }

  /**
   * Gives the command's positional parameters the words of {@code words} that are not overrides, in order, into
   * {@code options}, and returns the rest: the overrides. A command without parameters leaves every word an override,
   * so that a word that is not one is reported as such.
   *
   * @throws InputException if a value does not fit its parameter, or a required one is missing (unless {@code help})
   */
  private static List<String> positionals(CommandSpec spec, List<String> words, Map<String, List<String>> options,
      boolean help) {
    List<OptionSpec> parameters = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (option.positional()) {
        parameters.add(option);
      }
    }
    if (parameters.isEmpty()) {
      return words;
    }
    List<String> overrides = new ArrayList<>();
    int next = 0;
    for (String word : words) {
      boolean override = word.contains("=") || word.startsWith("~") || word.startsWith("+");
      if (override || next >= parameters.size()) {
        overrides.add(word);
        continue;
      }
      OptionSpec parameter = parameters.get(next++);
      put(spec, parameter, List.of(word), options, help);
    }
    for (OptionSpec parameter : parameters.subList(next, parameters.size())) {
      put(spec, parameter, null, options, help);
    }
    return overrides;
  }

  /**
   * Puts the {@code values} given for {@code option} (an option or a positional parameter; none for a flag) into
   * {@code options}, each checked against its type and choices, or else, if it was not given ({@code null}), its
   * default.
   *
   * @throws InputException if a value does not fit, or none was given for a required one (unless {@code help})
   */
  private static void put(CommandSpec spec, OptionSpec option, @Nullable List<String> values,
      Map<String, List<String>> options, boolean help) {
    String shown = option.positional() ? "parameter " + option.argument()
        : "option '" + String.join("/", option.flags()) + "'";
    for (String value : values == null ? List.<String>of() : values) {
      try {
        option.check(value);
      } catch (InputException e) {
        throw new InputException(shown + " of command '" + spec.command() + "' " + (option.isSecret()
            ? e.getMessage().replace(value, Secrets.MASK) : e.getMessage()));
      }
    }
    if (values != null) {
      options.put(option.dest(), values);
    } else if (option.defaultValue() != null) {
      if (option.defaultSource() != null) {
        try {
          option.check(option.defaultValue());
        } catch (InputException e) {
          throw new InputException(shown + " of command '" + spec.command() + "' " + e.getMessage() + " (its default,"
              + " from " + option.defaultSource() + ")");
        }
      }
      options.put(option.dest(), List.of(option.defaultValue()));
    } else if (option.prompt() != null && !help) {
      Prompts.ask(spec.command(), option, options); // its class loads only for an option that asks
    }
    if (values == null && !options.containsKey(option.dest()) && option.mandatory() && !help) {
      throw new InputException("command '" + spec.command() + "' needs " + (option.positional() ? "its parameter "
          : "option " + option.flags().get(0) + " ") + option.argument() + " (" + option.description() + ")");
    }
  }

  /**
   * Returns a multirun's failure policy, from {@code --fail-fast}, {@code --max-failures}'s value and
   * {@code --stop-running}.
   *
   * @throws InputException if both limits are given, the value is not a whole number of at least 1, or the running
   *     jobs are to be stopped with no limit
   */
  public static FailureLimit failureLimit(boolean failFast, @Nullable String given, boolean stopRunning) {
    if (given != null && failFast) {
      throw new InputException("--fail-fast is --max-failures 1; give one or the other");
    }
    if (given != null && !given.matches("[1-9][0-9]{0,8}")) {
      throw new InputException("--max-failures takes a whole number of at least 1, not '" + given + "'");
    }
    int limit = given != null ? Integer.parseInt(given) : failFast ? 1 : 0;
    if (stopRunning && limit == 0) {
      throw new InputException("--stop-running stops the running jobs once --fail-fast or --max-failures N stops the"
          + " sweep; give one of them too");
    }
    return limit == 0 ? FailureLimit.NONE : new FailureLimit(limit, stopRunning);
  }

  /**
   * Returns {@code given}, {@code --job-timeout}'s value, as a duration: hours, minutes, seconds and milliseconds, each
   * optional, in that order ({@code 1h30m}, {@code 90s}, {@code 2.5s}, {@code 250ms}), or a plain number of seconds;
   * {@code null} if not given.
   *
   * @throws InputException if it is not such a duration, or is 0
   */
  public static @Nullable Duration jobTimeout(@Nullable String given) {
    if (given == null) {
      return null;
    }
    Duration duration = OptionText.duration(given);
    if (duration == null) {
      throw new InputException("--job-timeout takes a duration such as 90s, 30m, 1h30m or 250ms, not '" + given + "'");
    }
    if (duration.isZero() || duration.isNegative()) {
      throw new InputException("--job-timeout must be longer than 0, not '" + given + "'");
    }
    return duration;
  }

  /**
   * Reports the first option that the command does not have, with suggestions; {@code numbers} gives back the negative
   * numbers that {@code args} holds as words.
   */
  private static void rejectUnknownOptions(CommandSpec spec, List<String> args, Map<String, String> numbers) {
    List<String> known = new ArrayList<>();
    for (OptionSpec option : flagged(spec.options())) {
      known.addAll(option.names());
      if (option.isNegatable()) {
        known.addAll(negated(option));
      }
    }
    known.addAll(ReservedNames.COMMAND);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        return;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        continue;
      }
      String name = arg.replaceFirst("^--?", "");
      int equals = name.indexOf('=');
      name = equals < 0 ? name : name.substring(0, equals);
      boolean shortCluster = !arg.startsWith("--") && name.length() > 1 && !known.contains(name);
      String checked = shortCluster ? unknownInCluster(spec, name, known) : name;
      if (!known.contains(checked)) {
        boolean inCluster = shortCluster && name.indexOf(checked) > 0; // -xqv: the q; -cp is a word, as Hydra's
        String flag = (arg.startsWith("--") ? "--" : "-") + (inCluster ? checked : name);
        if (name.equals("resume") || name.equals("rerun")) {
          throw new InputException("'" + flag + "' goes before the command's name, as in " + flag + " DIR: the "
              + (name.equals("resume") ? "sweep" : "job") + " in DIR runs again with its own command");
        }
        String key = configKey(spec, name);
        if (key != null) {
          String value = equals >= 0 ? arg.substring(arg.indexOf('=') + 1)
              : i + 1 < args.size() && !args.get(i + 1).startsWith("-")
                  ? numbers.getOrDefault(args.get(i + 1), args.get(i + 1)) : "VALUE";
          throw new InputException("unknown option '" + flag + "' for command '" + spec.command() + "'; a config key"
              + " is set as an override, without dashes: " + key + "=" + value);
        }
        List<String> flags = new ArrayList<>();
        spec.options().forEach(option -> flags.addAll(option.flags()));
        ReservedNames.COMMAND.stream().filter(reserved -> reserved.length() > 1).forEach(reserved -> flags.add("--"
            + reserved));
        if (inCluster) {
          throw new InputException("unknown option '" + flag + "' in '" + arg + "' for command '" + spec.command()
              + "'");
        }
        String hydra = HydraFlags.hint(flag);
        throw new InputException("unknown option '" + flag + "' for command '" + spec.command() + "'"
            + (hydra != null ? "; " + hydra : Suggestions.didYouMean(flag, flags)));
      }
      if (takesValue(spec, checked) && equals < 0 && (!shortCluster || name.indexOf(checked) == name.length() - 1)) {
        i++;
      }
    }
  }

  /**
   * Returns the first letter of the cluster {@code name} ({@code xvf} of {@code -xvf}) that is no option, or else the
   * last one read as an option: the letter that takes a value, whose value the rest of the cluster is, or the last.
   */
  private static String unknownInCluster(CommandSpec spec, String name, List<String> known) {
    for (int i = 0; i < name.length(); i++) {
      String letter = name.substring(i, i + 1);
      if (!known.contains(letter) || takesValue(spec, letter) || i == name.length() - 1) {
        return letter;
      }
    }
    return name.substring(0, 1);
  }

  /**
   * Refuses overrides that set one key twice ({@code lr=1 lr=2}, or {@code -m lr=1,2 lr=3}): one of them would be
   * ignored, and which one is not what the user meant to choose. An append ({@code ++tags=[a]}) may follow what set
   * its key, and another append; nothing may follow an append.
   *
   * @throws InputException naming both
   */
  public static void once(List<String> overrides) {
    Map<String, String> seen = new LinkedHashMap<>();
    for (String override : overrides) {
      String key = ProviderChoice.key(override);
      String before = seen.putIfAbsent(key, override);
      if (before != null && override.startsWith("++")) {
        seen.put(key, override);
      } else if (before != null) {
        throw new InputException("'" + override + "' sets '" + key + "' again, after '" + before + "'; give it once, or"
            + " sweep its values with -m, as in " + key + "=1,2");
      }
    }
  }

  /** Returns the config key of the command that {@code name} names, as written or with dashes for underscores. */
  private static @Nullable String configKey(CommandSpec spec, String name) {
    for (ConfigSpec<?> config : spec.configs()) {
      for (ConfigSpec.Key key : config.keys()) {
        if (!key.isFree() && (key.path().equals(name) || key.path().equals(name.replace('-', '_')))) {
          return key.path();
        }
      }
    }
    return null;
  }

  private static boolean takesValue(CommandSpec spec, String name) {
    return spec.options().stream().anyMatch(option -> !option.positional() && option.names().contains(name)
        && option.takesValue());
  }
}

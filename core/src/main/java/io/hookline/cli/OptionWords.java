package io.hookline.cli;

import io.hookline.CommandSpec;
import io.hookline.InputException;
import io.hookline.OptionSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import joptsimple.OptionException;
import joptsimple.OptionParser;
import joptsimple.OptionSet;
import joptsimple.OptionSpecBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Reads which options a command line's words give, with JOpt Simple: the one place that uses it, so that the parser
 * could be replaced without touching anything else.
 *
 * <p>Contract: abbreviations are off; {@code --} ends the options. The words are already checked for unknown options
 * and negative numbers ({@link OptionsParser}). A line none of whose words starts with a dash gives no option, and
 * {@link Read#of} reads it without JOpt, whose classes a cold JVM then never loads.
 */
final class OptionWords {

  private OptionWords() {}

  /**
   * What the words give: for each flagged option, in order, its values as kept ({@code null} if not given); the
   * reserved options given, by name; and the other words, in order.
   */
  record Read(List<@Nullable List<String>> values, Map<String, List<String>> reserved, List<String> rest) {

    /**
     * Returns what {@code words} give when none starts with a dash, without JOpt: no option of the {@code flagged}
     * ones, no reserved one, every word in the rest.
     */
    static Read of(List<OptionSpec> flagged, List<String> words) {
      return new Read(Collections.nCopies(flagged.size(), null), Map.of(), words);
    }
  }

  /**
   * Reads {@code words} against the {@code flagged} options of {@code spec} and the reserved options of a command.
   *
   * @throws InputException for an option without its value, or another error JOpt finds
   */
  static Read read(CommandSpec spec, List<OptionSpec> flagged, List<String> words) {
    OptionParser parser = new OptionParser(false);
    // A list, not a map keyed by the option: hashing a record would link its generated equals and hashCode, which
    // costs milliseconds at start-up.
    List<joptsimple.OptionSpec<?>> accepted = new ArrayList<>();
    List<joptsimple.OptionSpec<?>> negations = new ArrayList<>();
    for (OptionSpec option : flagged) {
      OptionSpecBuilder builder = parser.acceptsAll(option.names(), option.description());
      accepted.add(option.takesValue() ? builder.withRequiredArg().describedAs(option.argument()) : builder);
      negations.add(option.isNegatable()
          ? parser.acceptsAll(OptionsParser.negated(option), "not " + option.description()) : null);
    }
    List<Reserved> reserved = Reserved.at(Reserved.Place.COMMAND);
    List<joptsimple.OptionSpec<?>> reservedSpecs = new ArrayList<>();
    for (Reserved option : reserved) {
      OptionSpecBuilder builder = parser.acceptsAll(option.names(), option.help());
      reservedSpecs.add(option.argument() != null ? builder.withRequiredArg().describedAs(option.argument())
          : option == Reserved.HELP ? builder.forHelp() : builder);
    }
    joptsimple.OptionSpec<String> rest = parser.nonOptions("overrides");
    OptionSet set;
    try {
      set = parser.parse(words.toArray(new String[0]));
    } catch (OptionException e) {
      throw new InputException(describe(e, spec));
    }
    List<@Nullable List<String>> values = new ArrayList<>();
    for (int i = 0; i < flagged.size(); i++) {
      values.add(given(set, flagged.get(i), accepted.get(i), negations.get(i)));
    }
    Map<String, List<String>> given = new LinkedHashMap<>();
    for (int i = 0; i < reserved.size(); i++) {
      if (set.has(reservedSpecs.get(i))) {
        given.put(reserved.get(i).name(), values(set, reservedSpecs.get(i)));
      }
    }
    return new Read(values, given, set.valuesOf(rest));
  }

  /**
   * Returns the values given for {@code option}, as they are kept: a negatable flag's last form ({@code true} or
   * {@code false}), a counted flag's count, a split option's parts; {@code null} if it was not given.
   */
  private static @Nullable List<String> given(OptionSet set, OptionSpec option, joptsimple.OptionSpec<?> jopt,
      joptsimple.OptionSpec<?> negation) {
    if (option.isNegatable()) {
      String last = null;
      for (joptsimple.OptionSpec<?> seen : set.specs()) {
        last = seen == jopt ? "true" : seen == negation ? "false" : last;
      }
      return last == null ? null : List.of(last);
    }
    if (!set.has(jopt)) {
      return null;
    }
    if (option.isCounted()) {
      return List.of(Long.toString(set.specs().stream().filter(seen -> seen == jopt).count()));
    }
    List<String> values = values(set, jopt);
    return option.separator() == null ? values : values.stream()
        .flatMap(value -> java.util.Arrays.stream(value.split(option.separator(), -1))).toList();
  }

  /** Returns the values {@code set} holds for {@code option}, as text; none for a flag. */
  private static List<String> values(OptionSet set, joptsimple.OptionSpec<?> option) {
    return set.valuesOf(option).stream().map(String::valueOf).toList();
  }

  private static String describe(OptionException e, CommandSpec spec) {
    String name = e.options().isEmpty() ? "?" : e.options().iterator().next();
    String flag = (name.length() == 1 ? "-" : "--") + name;
    // JOpt's exception classes are not public; 5.0.4 is its last release, so the class name is stable.
    if (e.getClass().getSimpleName().equals("OptionMissingRequiredArgumentException")) {
      String argument = spec.options().stream().filter(option -> option.names().contains(name))
          .map(OptionSpec::argument).findFirst().orElse("a value");
      return "option '" + flag + "' of command '" + spec.command() + "' needs a value (" + argument + ")";
    }
    return "command '" + spec.command() + "': " + e.getMessage();
  }
}

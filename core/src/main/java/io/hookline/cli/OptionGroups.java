package io.hookline.cli;

import io.hookline.CommandSpec;
import io.hookline.InputException;
import io.hookline.OptionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's option groups ({@link OptionSpec#exclusiveIn}, {@link OptionSpec#exactlyOneIn},
 * {@link OptionSpec#togetherIn}): which of its options are in each, and whether the options a command line gave keep
 * each group's rule.
 *
 * <p>Contract: a group is named by its options; an option given on the command line counts, one that took its default
 * does not. The rules are one at most, exactly one, and all or none.
 */
final class OptionGroups {

  private OptionGroups() {}

  /** Returns each group of {@code options}, by name, with its options, in the order of their first option. */
  static Map<String, List<OptionSpec>> of(List<OptionSpec> options) {
    Map<String, List<OptionSpec>> groups = new LinkedHashMap<>();
    options.stream().filter(option -> option.group() != null)
        .forEach(option -> groups.computeIfAbsent(option.group(), name -> new ArrayList<>()).add(option));
    return groups;
  }

  /**
   * Checks that the options {@code given} on the command line of {@code spec} keep each group's rule; unless
   * {@code help}, a group of which exactly one is needed must have one.
   *
   * @throws InputException naming the group and its options
   */
  static void check(CommandSpec spec, List<OptionSpec> given, boolean help) {
    of(spec.options()).forEach((group, members) -> {
      String rule = members.get(0).groupRule();
      List<OptionSpec> present = members.stream().filter(given::contains).toList();
      List<OptionSpec> absent = members.stream().filter(member -> !given.contains(member)).toList();
      String where = " of command '" + spec.command() + "'";
      if (!"all or none".equals(rule) && present.size() > 1) {
        throw new InputException("options " + flags(present, " and ") + where + " cannot be given together: group '"
            + group + "' takes " + rule + "; give one of them");
      }
      if ("exactly one".equals(rule) && present.isEmpty() && !help) {
        throw new InputException("command '" + spec.command() + "' needs one of " + flags(members, ", ") + " (group '"
            + group + "')");
      }
      if ("all or none".equals(rule) && !present.isEmpty() && !absent.isEmpty()) {
        throw new InputException((present.size() == 1 ? "option " : "options ") + flags(present, " and ") + where
            + " needs " + flags(absent, " and ") + " too: group '" + group + "' takes all or none");
      }
    });
  }

  /** Returns each option as an error names it ({@code --json}), joined by {@code separator}. */
  private static String flags(List<OptionSpec> options, String separator) {
    return String.join(separator, options.stream().map(OptionsParser::flagShown).toList());
  }
}

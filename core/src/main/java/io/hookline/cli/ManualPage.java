package io.hookline.cli;

import io.hookline.CommandSpec;
import io.hookline.ConfigSpec;
import io.hookline.OptionSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of an app's manual, as its man page and its reference show it: the app's, a group's or a command's.
 *
 * @param path the words that reach it after the app's name ({@code ""} for the app, {@code "db migrate"})
 * @param description what it does
 * @param members its commands and groups, for the app or a group; none for a command
 * @param options its options, as help lists them: the ones shown; a command's without Hookline's own, which every
 *     command has ({@link #reserved})
 * @param configs a command's configs, whose keys it lists; none for the app or a group
 */
public record ManualPage(String path, String description, List<Help.Member> members, List<String[]> options,
    List<ConfigSpec<?>> configs) {

  /** Returns the page of the app ({@code path} empty) or a group, listing {@code members} and the options of all. */
  public static ManualPage group(String path, String description, List<Help.Member> members,
      List<CommandSpec> commands, List<OptionSpec> eager) {
    List<String[]> rows = new ArrayList<>();
    Help.everyCommands(commands).forEach(option -> rows.add(row(option)));
    eager.forEach(option -> rows.add(row(option)));
    rows.add(new String[] {Reserved.HELP.shown(), Reserved.HELP.help()});
    return new ManualPage(path, description, members, rows, List.of());
  }

  /** Returns the page of a command at {@code path}, from its {@code spec}. */
  public static ManualPage command(String path, CommandSpec spec) {
    List<String[]> rows = new ArrayList<>();
    spec.options().stream().filter(option -> !option.isHidden()).forEach(option -> rows.add(row(option)));
    return new ManualPage(path, spec.description(), List.of(), rows, spec.configs());
  }

  /** Returns help's row of {@code option}, naming its group and the group's rule, which help shows as a section. */
  private static String[] row(OptionSpec option) {
    String[] row = Help.row(option);
    return option.group() == null ? row : new String[] {row[0], row[1] + " [group " + option.group() + ": "
        + option.groupRule() + "]"};
  }

  /** Returns the rows of the options Hookline gives every command ({@code -m}, {@code --sweep FILE}, …). */
  public static List<String[]> reserved() {
    return Reserved.at(Reserved.Place.COMMAND).stream().map(option -> new String[] {option.shown(), option.help()})
        .toList();
  }

  /** Returns the page's name: the app's name, then its path in dashes ({@code shop-db-migrate}). */
  public String name(String app) {
    return path.isEmpty() ? app : app + "-" + path.replace(' ', '-');
  }

  /** Returns what the page is run as: the app's name, then its path ({@code shop db migrate}). */
  public String usage(String app) {
    return path.isEmpty() ? app : app + " " + path;
  }

  /** Returns whether it is a command's page. */
  public boolean isCommand() {
    return members.isEmpty();
  }
}

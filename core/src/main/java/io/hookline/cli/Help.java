package io.hookline.cli;

import io.hookline.CommandSpec;
import io.hookline.ConfigSpec;
import io.hookline.OptionSpec;
import io.hookline.Provider;
import io.hookline.command.internal.OptionValues;
import io.hookline.config.internal.Tree;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text of {@code --help}: for the app or a group, its commands and groups; for a command, its options and every
 * config key with its type and default, written the way an override names it.
 */
public final class Help {

  private Help() {}

  /**
   * A command or group as its group's help lists it.
   *
   * @param name its name, the word that selects it
   * @param description what it does
   */
  public record Member(String name, String description) {}

  /**
   * Returns the app's help, listing its {@code members}: its commands, then its groups. The options that every one of
   * {@code commands} (all of the app's, at any depth) has are the app's own, and so are its {@code eager} options.
   */
  public static String app(String app, String description, List<Member> members, List<CommandSpec> commands,
      List<OptionSpec> eager) {
    List<String[]> more = new ArrayList<>();
    eager.forEach(option -> more.add(row(option)));
    more.addAll(List.of(
        new String[] {"--version", "show the version"},
        new String[] {"--rerun JOB_DIR [key=value ...]", "run a job again from its saved configs"},
        new String[] {"--resume SWEEP_DIR", "run what a sweep did not complete"},
        new String[] {"--completion SHELL", "print a completion script for bash, zsh or fish"},
        new String[] {"@FILE", "read more arguments from FILE, anywhere on the line (@@ for a literal @)"}));
    return listing(app, description, members, commands, more);
  }

  /**
   * Returns the help of the group at {@code path} ({@code "db"}), listing its {@code members}. The options that every
   * one of {@code commands} (the group's, at any depth) has are the group's.
   */
  public static String group(String app, String path, String description, List<Member> members,
      List<CommandSpec> commands) {
    return listing(app + " " + path, description, members, commands, List.of());
  }

  private static String listing(String usage, String description, List<Member> members, List<CommandSpec> commands,
      List<String[]> more) {
    StringBuilder text = new StringBuilder();
    text.append("Usage: ").append(usage).append(" <command> [options] [key=value ...]\n");
    if (!description.isBlank()) {
      text.append('\n').append(description).append('\n');
    }
    text.append("\nCommands:\n");
    List<String[]> rows = new ArrayList<>();
    members.forEach(member -> rows.add(new String[] {member.name(), member.description()}));
    table(text, rows);
    text.append("\nOptions:\n");
    List<String[]> own = new ArrayList<>();
    List<OptionSpec> every = everyCommands(commands);
    every.stream().filter(option -> option.group() == null).forEach(option -> own.add(row(option)));
    own.add(new String[] {Reserved.HELP.shown(), Reserved.HELP.help()});
    own.addAll(more);
    table(text, own);
    groups(text, every);
    text.append("\nRun '").append(usage).append(" <command> --help' for a command's options and config keys.\n");
    return text.toString();
  }

  /**
   * Returns a command's help, listing {@code launchers} and {@code sweepers} with their options; in an app that
   * composes its configs, {@code composed} holds each group of its defaults tree with the option chosen by default, then
   * every option, and the config composed by default, whose values the config keys show as their defaults, as paths
   * from its root.
   */
  public static String command(String app, CommandSpec spec, Collection<? extends Provider<?>> launchers,
      Collection<? extends Provider<?>> sweepers, @Nullable Composed composed) {
    Map<String, List<String>> groups = composed == null ? null : composed.groups();
    StringBuilder text = new StringBuilder();
    List<OptionSpec> parameters = spec.options().stream().filter(OptionSpec::positional).toList();
    text.append("Usage: ").append(app).append(' ').append(spec.command()).append(" [options]");
    parameters.forEach(parameter -> text.append(' ').append(parameter.mandatory() ? parameter.argument()
        : "[" + parameter.argument() + "]"));
    text.append(" [key=value ...]\n");
    if (!spec.description().isBlank()) {
      text.append('\n').append(spec.description()).append('\n');
    }
    if (!parameters.isEmpty()) {
      text.append("\nParameters:\n");
      List<String[]> rows = new ArrayList<>();
      parameters.forEach(parameter -> rows.add(row(parameter)));
      table(text, rows);
    }
    text.append("\nOptions:\n");
    List<String[]> options = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.positional() && !option.isHidden() && option.group() == null) {
        options.add(row(option));
      }
    }
    for (Reserved reserved : Reserved.at(Reserved.Place.COMMAND)) {
      options.add(new String[] {reserved.shown(), reserved.help()});
    }
    table(text, options);
    groups(text, spec.options());
    providers(text, "Launchers", "launcher", launchers);
    providers(text, "Sweepers", "sweeper", sweepers);
    if (groups != null && !groups.isEmpty()) {
      text.append("\nConfig groups (choose with group=option; sweep with -m group=a,b or group=glob(*)):\n");
      List<String[]> groupRows = new ArrayList<>();
      groups.forEach((group, choices) -> groupRows.add(new String[] {group, choices.get(0),
          String.join(", ", choices.subList(1, choices.size()))}));
      table(text, groupRows);
    }
    configKeys(text, spec, groups, composed);
    return text.toString();
  }

  /** Appends a section for each group of {@code options}, titled by its name and rule, listing its shown options. */
  private static void groups(StringBuilder text, List<OptionSpec> options) {
    OptionGroups.of(options.stream().filter(option -> !option.isHidden()).toList()).forEach((group, members) -> {
      text.append('\n').append(group).append(" (").append(members.get(0).groupRule()).append("):\n");
      List<String[]> rows = new ArrayList<>();
      members.forEach(option -> rows.add(row(option)));
      table(text, rows);
    });
  }

  /** Appends the table of a command's config keys: each key's type, default (the composed one, if any) and variable. */
  private static void configKeys(StringBuilder text, CommandSpec spec, @Nullable Map<String, List<String>> groups,
      @Nullable Composed composed) {
    if (spec.configs().isEmpty()) {
      return;
    }
    text.append(groups != null ? "\nConfig keys (set one with path=value, as in a.b=1):\n"
        : "\nConfig keys (set one with key=value, or id::key=value for one config only):\n");
    List<String[]> keys = new ArrayList<>();
    for (ConfigSpec<?> config : spec.configs()) {
      Map<String, String> variables = config.environmentVariables();
      config.keys().forEach(key -> {
        String shown = groups == null ? key.qualified()
            : config.node().isEmpty() ? key.path() : config.node() + "." + key.path();
        String type = key.choices().isEmpty() ? key.type() : key.type() + " " + key.choices();
        String variable = variables.get(key.path());
        String value = key.defaultValue();
        if (composed != null && !key.isFree() && Tree.has(composed.config(), Tree.split(shown))) {
          value = shown(Tree.get(composed.config(), Tree.split(shown)));
        }
        keys.add(variable == null ? new String[] {shown, type, value}
            : new String[] {shown, type, value, "$" + variable});
      });
    }
    table(text, keys);
  }

  /**
   * What the help of a command of an app that composes its configs shows of the composition.
   *
   * @param groups each group of the defaults tree with the option chosen by default, then every option
   * @param config the config composed without overrides: the keys' defaults
   */
  public record Composed(Map<String, List<String>> groups, Map<String, @Nullable Object> config) {}

  /** Shows a composed value as the keys' defaults are shown: {@code (none)} for null, long ones cut. */
  private static String shown(@Nullable Object value) {
    if (value == null) {
      return "(none)";
    }
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /**
   * Returns the options that every one of {@code commands} has (the app's own, added by a global parser hook), in the
   * first command's order: they may come before the command's name.
   */
  static List<OptionSpec> everyCommands(List<CommandSpec> commands) {
    if (commands.isEmpty()) {
      return List.of();
    }
    return commands.get(0).options().stream().filter(option -> !option.positional() && !option.isHidden()
        && commands.stream()
        .allMatch(command -> command.options().stream().anyMatch(other -> other.flags().equals(option.flags())
            && other.dest().equals(option.dest())))).toList();
  }

  /** Returns the help's row for {@code option}: its flags and value, then what it does, with its type and default. */
  static String[] row(OptionSpec option) {
    String flags = option.positional() ? Objects.requireNonNull(option.argument())
        : String.join(", ", option.flags().stream().map(flag -> option.isNegatable() && flag.startsWith("--")
            ? "--[no-]" + flag.substring(2) : flag).toList()) + (option.takesValue() ? " " + option.argument() : "");
    List<String> notes = new ArrayList<>();
    if (option.isCounted()) {
      notes.add("counted: repeat it, as " + option.flags().get(0) + option.flags().get(0).substring(1));
    }
    if (option.separator() != null) {
      notes.add("several at once, split at '" + option.separator() + "'");
    }
    if (option.isKeyed()) {
      notes.add("KEY=VALUE, repeatable");
    }
    if (option.maxValues() > 1) {
      notes.add(option.minValues() == option.maxValues() ? option.minValues() + " values"
          : option.minValues() + " to " + option.maxValues() + " values");
    }
    if (option.mandatory()) {
      notes.add("required");
    }
    if (!option.choices().isEmpty()) {
      notes.add("one of " + String.join(", ", option.choices()));
    } else if (option.takesValue() && option.type() != String.class) {
      notes.add(OptionValues.described(option.type()));
    }
    if (option.defaultValue() != null) {
      notes.add("default: " + option.defaultValue() + (option.defaultSource() == null ? ""
          : ", from " + option.defaultSource()));
    }
    if (option.prompt() != null) {
      notes.add(option.takesValue() ? "asked for when left out" : "asks '" + option.prompt() + "' when left out");
    }
    if (option.environment() != null && option.defaultSource() == null) {
      notes.add("default from $" + option.environment() + " when set");
    }
    return new String[] {flags, option.description() + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")")};
  }

  /** Appends a table of {@code providers} of {@code kind}, with their options. */
  private static void providers(StringBuilder text, String title, String kind,
      Collection<? extends Provider<?>> providers) {
    text.append('\n').append(title).append(" (with -m; ").append(kind).append("=NAME ").append(kind)
        .append(".OPTION=VALUE):\n");
    List<String[]> rows = new ArrayList<>();
    for (Provider<?> provider : providers) {
      rows.add(new String[] {provider.name(), provider.description()});
      provider.options().forEach((option, description) -> rows.add(new String[] {"  " + option, description}));
    }
    table(text, rows);
  }

  /** Appends rows as aligned columns, two spaces in from the margin. */
  private static void table(StringBuilder text, List<String[]> rows) {
    int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < row.length - 1; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.length; i++) {
        line.append(i < row.length - 1 ? String.format("%-" + (widths[i] + 3) + "s", row[i]) : row[i]);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
  }
}

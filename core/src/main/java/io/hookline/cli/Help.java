package io.hookline.cli;

import io.hookline.command.CommandSpec;
import io.hookline.command.OptionSpec;
import io.hookline.config.ConfigSpec;
import io.hookline.launch.LauncherProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The text of {@code --help}: for the app, its commands; for a command, its options and every config key with its
 * type and default, written the way an override names it.
 */
public final class Help {

  private Help() {}

  /** Returns the app's help. */
  public static String app(String app, String description, List<CommandSpec> commands) {
    StringBuilder text = new StringBuilder();
    text.append("Usage: ").append(app).append(" <command> [options] [key=value ...]\n");
    if (!description.isBlank()) {
      text.append('\n').append(description).append('\n');
    }
    text.append("\nCommands:\n");
    List<String[]> rows = new ArrayList<>();
    commands.forEach(command -> rows.add(new String[] {command.command(), command.description()}));
    table(text, rows);
    text.append("\nRun '").append(app).append(" <command> --help' for a command's options and config keys.\n");
    return text.toString();
  }

  /** Returns a command's help, listing {@code launchers} with their options. */
  public static String command(String app, CommandSpec spec, Collection<LauncherProvider> launchers) {
    StringBuilder text = new StringBuilder();
    text.append("Usage: ").append(app).append(' ').append(spec.command()).append(" [options] [key=value ...]\n");
    if (!spec.description().isBlank()) {
      text.append('\n').append(spec.description()).append('\n');
    }
    text.append("\nOptions:\n");
    List<String[]> options = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      String flags = String.join(", ", option.flags()) + (option.takesValue() ? " " + option.argument() : "");
      String described = option.description()
          + (option.defaultValue() == null ? "" : " (default: " + option.defaultValue() + ")");
      options.add(new String[] {flags, described});
    }
    options.add(new String[] {"-m, --multirun", "run one job per combination of swept values (a=1,2 b=x,y)"});
    options.add(new String[] {"-h, --help", "show this help"});
    table(text, options);
    text.append("\nLaunchers (with -m; launcher=NAME launcher.OPTION=VALUE):\n");
    List<String[]> rows = new ArrayList<>();
    for (LauncherProvider launcher : launchers) {
      rows.add(new String[] {launcher.name(), launcher.description()});
      launcher.options().forEach(option -> rows.add(new String[] {"  " + option.name(), option.description()}));
    }
    table(text, rows);
    if (!spec.configs().isEmpty()) {
      text.append("\nConfig keys (set one with key=value, or id::key=value for one config only):\n");
      List<String[]> keys = new ArrayList<>();
      for (ConfigSpec<?> config : spec.configs()) {
        config.keys().forEach(key -> keys.add(new String[] {key.qualified(),
            key.choices().isEmpty() ? key.type() : key.type() + " " + key.choices(), key.defaultValue()}));
      }
      table(text, keys);
    }
    return text.toString();
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

package io.hookline.cli;

import io.hookline.ConfigSpec;
import java.util.List;

/**
 * An app's manual as one AsciiDoc reference: a section for the app, each group and each command, with its usage, its
 * commands or options, and a command's config keys, in tables.
 *
 * <p>Contract: a cell's {@code |} is escaped, so that no name or description breaks a table; the reference is the same
 * each time for one app.
 */
public final class Reference {

  private Reference() {}

  /** Returns the reference of the app {@code app}, whose pages are {@code pages}, its own first. */
  public static String of(String app, List<ManualPage> pages) {
    StringBuilder text = new StringBuilder();
    for (ManualPage page : pages) {
      text.append("[#").append(page.name(app)).append("]\n")
          .append(page.path().isEmpty() ? "== " : "=== ").append('`').append(page.usage(app)).append("`\n\n");
      if (!page.description().isBlank()) {
        text.append(page.description().strip()).append("\n\n");
      }
      text.append("Usage: `").append(page.usage(app)).append(page.isCommand() ? " [options] [key=value ...]`\n\n"
          : " <command> [options] [key=value ...]`\n\n");
      if (!page.members().isEmpty()) {
        table(text, "Commands", List.of("Command", "What it does"), page.members().stream()
            .map(member -> new String[] {"`" + member.name() + "`", member.description()}).toList());
      }
      table(text, "Options", List.of("Option", "What it does"), page.options().stream()
          .map(row -> new String[] {"`" + row[0] + "`", row[1]}).toList());
      if (page.isCommand()) {
        text.append("It takes the options every command has too: ").append(String.join(", ", ManualPage.reserved()
            .stream().map(row -> "`" + row[0] + "`").toList())).append(".\n\n");
      }
      if (!page.configs().isEmpty()) {
        List<String[]> keys = new java.util.ArrayList<>();
        for (ConfigSpec<?> config : page.configs()) {
          config.keys().forEach(key -> keys.add(new String[] {"`" + key.qualified() + "`", key.type(),
              key.defaultValue().isEmpty() ? "" : "`" + key.defaultValue() + "`"}));
        }
        table(text, "Config keys", List.of("Key", "Type", "Default"), keys);
      }
    }
    return text.toString();
  }

  /** Appends a table titled {@code title} of {@code rows} under {@code header}, unless there are none. */
  private static void table(StringBuilder text, String title, List<String> header, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    text.append('.').append(title).append("\n[cols=\"").append(header.size() == 2 ? "2,5" : "3,2,2")
        .append("\",options=header]\n|===\n|").append(String.join(" |", header)).append("\n\n");
    for (String[] row : rows) {
      for (String cell : row) {
        text.append('|').append(cell.replace("|", "\\|")).append('\n');
      }
      text.append('\n');
    }
    text.append("|===\n\n");
  }
}

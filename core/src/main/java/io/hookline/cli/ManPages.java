package io.hookline.cli;

import io.hookline.ConfigSpec;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An app's manual as man pages, in roff with the man macros (man(7)): one page for the app, each group and each
 * command, in section 1, each naming the others under SEE ALSO.
 *
 * <p>Contract: the text of every page is escaped, so that no name or description can start a request or hold one;
 * the pages carry no date, so that one app makes the same pages each time.
 */
public final class ManPages {

  private ManPages() {}

  /** Returns the man page of {@code page} of the app {@code app} at {@code version}, {@code pages} being all of them. */
  public static String page(String app, @Nullable String version, ManualPage page, List<ManualPage> pages) {
    StringBuilder roff = new StringBuilder();
    String name = page.name(app);
    roff.append(".TH \"").append(escaped(name.toUpperCase(Locale.ROOT))).append("\" 1 \"\" \"")
        .append(escaped(version == null ? app : app + " " + version)).append("\" \"")
        .append(escaped(app)).append(" manual\"\n");
    roff.append(".SH NAME\n").append(escaped(name)).append(" \\- ")
        .append(escaped(page.description().isBlank() ? "the " + page.usage(app) + " command" : firstLine(page)))
        .append('\n');
    roff.append(".SH SYNOPSIS\n.B ").append(escaped(page.usage(app))).append('\n')
        .append(page.isCommand() ? "[\\fIoptions\\fR] [\\fIkey\\fR=\\fIvalue\\fR ...]\n"
            : "\\fIcommand\\fR [\\fIoptions\\fR] [\\fIkey\\fR=\\fIvalue\\fR ...]\n");
    if (!page.description().isBlank()) {
      roff.append(".SH DESCRIPTION\n").append(paragraphs(page.description()));
    }
    if (!page.members().isEmpty()) {
      roff.append(".SH COMMANDS\n");
      page.members().forEach(member -> item(roff, member.name(), member.description()));
    }
    roff.append(".SH OPTIONS\n");
    page.options().forEach(row -> item(roff, row[0], row[1]));
    if (page.isCommand()) {
      ManualPage.reserved().forEach(row -> item(roff, row[0], row[1]));
    }
    if (!page.configs().isEmpty()) {
      roff.append(".SH CONFIG KEYS\nSet a key with \\fIkey\\fR=\\fIvalue\\fR after the command.\n");
      for (ConfigSpec<?> config : page.configs()) {
        config.keys().forEach(key -> item(roff, key.qualified() + " (" + key.type() + ")",
            key.defaultValue().isEmpty() ? "no default" : "default: " + key.defaultValue()));
      }
    }
    List<String> others = pages.stream().filter(other -> other != page).map(other -> other.name(app)).toList();
    if (!others.isEmpty()) {
      roff.append(".SH SEE ALSO\n");
      for (int i = 0; i < others.size(); i++) {
        roff.append(".BR ").append(escaped(others.get(i))).append(" (1)").append(i < others.size() - 1 ? " ," : "")
            .append('\n');
      }
    }
    return roff.toString();
  }

  private static String firstLine(ManualPage page) {
    return page.description().strip().lines().findFirst().orElse("");
  }

  /** Appends a tagged paragraph: {@code tag} in bold, then {@code text} indented below it. */
  private static void item(StringBuilder roff, String tag, String text) {
    roff.append(".TP\n.B ").append(escaped(tag)).append('\n').append(escaped(text)).append('\n');
  }

  /** Returns {@code text} as paragraphs, one at each blank line. */
  private static String paragraphs(String text) {
    StringBuilder roff = new StringBuilder();
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      roff.append(roff.isEmpty() ? "" : ".PP\n").append(escaped(paragraph.strip().replaceAll("\\s*\\n\\s*", " ")))
          .append('\n');
    }
    return roff.toString();
  }

  /**
   * Returns {@code text} as roff text on one line: a backslash as {@code \e}, a dash as {@code \-}, a line break as a
   * space, and a leading dot or quote kept from starting a request ({@code \&.}).
   */
  static String escaped(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-").replaceAll("\\s*\\R\\s*", " ")
        .replace("\"", "\\(dq");
    return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
  }
}

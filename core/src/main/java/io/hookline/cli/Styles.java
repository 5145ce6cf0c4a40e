package io.hookline.cli;

import java.io.PrintStream;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Help styled for a terminal: the headings and each table's first column in bold. Plain text goes anywhere else: to a
 * file, a pipe, a terminal whose {@code TERM} is {@code dumb}, or wherever {@code NO_COLOR} is set to anything.
 *
 * <p>Contract: styling only adds escape sequences; with them taken out, styled help is the plain help, character for
 * character.
 */
public final class Styles {

  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private Styles() {}

  /** Returns whether text printed to {@code out} is styled, given the environment {@code getenv} reads. */
  public static boolean wanted(PrintStream out, Function<String, @Nullable String> getenv) {
    String noColor = getenv.apply("NO_COLOR");
    return out == System.out && System.console() != null && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(getenv.apply("TERM"));
  }

  /** Returns {@code text} to print to {@code out}: styled if {@link #wanted}, else as it is. */
  public static String forOutput(PrintStream out, String text) {
    return wanted(out, System::getenv) ? styled(text) : text;
  }

  /** Returns {@code plain} help with its headings and the first column of its tables in bold. */
  static String styled(String plain) {
    StringBuilder styled = new StringBuilder(plain.length() + 256);
    for (String line : plain.split("\n", -1)) {
      if (styled.length() > 0) {
        styled.append('\n');
      }
      if (line.startsWith("Usage: ")) {
        styled.append(BOLD).append("Usage:").append(RESET).append(line, "Usage:".length(), line.length());
      } else if (!line.isEmpty() && !line.startsWith(" ") && line.endsWith(":")) {
        styled.append(BOLD).append(line).append(RESET);
      } else if (line.startsWith("  ") && !line.isBlank()) {
        int start = line.length() - line.stripLeading().length();
        int gap = line.indexOf("   ", start);
        int end = gap < 0 ? line.length() : gap;
        styled.append(line, 0, start).append(BOLD).append(line, start, end).append(RESET)
            .append(line, end, line.length());
      } else {
        styled.append(line);
      }
    }
    return styled.toString();
  }
}

package io.hookline.config.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Tree tree} as block-style YAML: maps as {@code key: value} lines, lists as {@code - item} lines, two
 * spaces a level, an empty map as {@code {}} and an empty list as {@code []}.
 *
 * <p>Contract: {@link YamlReader} reads the text back as the same tree (a {@code float} reads back as the
 * {@code double} of its decimal text, and any other object as its {@code toString()}). A string is written plainly only
 * when it reads back as that string under YAML 1.2 and under YAML 1.1 too, so that {@code "yes"} or {@code "1_000"}
 * stays a string for PyYAML as well; any other string is double-quoted, with escapes for what is not printable. Numbers
 * are written so that YAML 1.1 reads them as numbers too ({@code 1.0e+10}, {@code .inf}, {@code .nan}).
 *
 * <p>It is a small writer of its own rather than a general emitter: a sweep writes three such files a job, and a cold
 * program interprets each line of the emitter it uses many times before compiling it.
 */
final class YamlWriter {

  /** The longest key written as a simple key; a longer one is written as an explicit {@code ? key}. */
  private static final int SIMPLE_KEY_LIMIT = 1000;
  /** Words YAML 1.1 reads as booleans or null: written quoted, whatever their case. */
  private static final Set<String> WORDS_OF_YAML_1_1 = Set.of("y", "n", "yes", "no", "on", "off", "true", "false",
      "null");

  private final StringBuilder out = new StringBuilder(256);

  private YamlWriter() {}

  /** Returns {@code tree} as YAML, ending with a newline. */
  static String write(@Nullable Object tree) {
    YamlWriter writer = new YamlWriter();
    if (isBlock(tree)) {
      writer.block(tree, 0);
    } else {
      writer.scalar(tree);
      writer.out.append('\n');
    }
    return writer.out.toString();
  }

  /** Whether {@code node} is written as lines of its own: a map or a list that is not empty. */
  private static boolean isBlock(@Nullable Object node) {
    return node instanceof Map<?, ?> map && !map.isEmpty() || node instanceof List<?> list && !list.isEmpty();
  }

  /**
   * Writes a non-empty map or list whose lines start at {@code indent}; the first line's indent is already written if
   * the output does not end with a newline (an item of a list).
   */
  private void block(Object node, int indent) {
    boolean first = true;
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        indent(first, indent);
        first = false;
        key(String.valueOf(entry.getKey()), indent);
        value(entry.getValue(), indent + 2, ":");
      }
    } else {
      for (Object item : (List<?>) node) {
        indent(first, indent);
        first = false;
        value(item, indent + 2, "-");
      }
    }
  }

  /** Writes {@code indent} spaces, unless this is the first line of a list item, whose indent is written. */
  private void indent(boolean first, int indent) {
    if (!first || out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
      spaces(indent);
    }
  }

  private void spaces(int count) {
    for (int i = 0; i < count; i++) {
      out.append(' ');
    }
  }

  /** Writes {@code indicator} and then {@code node}: on the same line, or on the next lines at {@code indent}. */
  private void value(@Nullable Object node, int indent, String indicator) {
    out.append(indicator);
    if (isBlock(node)) {
      // An item's map or list starts on the item's line; a key's, on the next.
      out.append(indicator.equals("-") ? ' ' : '\n');
      block(node, indent);
    } else {
      out.append(' ');
      scalar(node);
      out.append('\n');
    }
  }

  /** Writes {@code key}, as {@code ? key} and a new line at {@code indent} if it is too long for a simple key. */
  private void key(String key, int indent) {
    int start = out.length();
    string(key);
    if (out.length() - start > SIMPLE_KEY_LIMIT) {
      out.insert(start, "? ").append('\n');
      spaces(indent);
    }
  }

  private void scalar(@Nullable Object node) {
    if (node == null) {
      out.append("null");
    } else if (node instanceof Map<?, ?>) {
      out.append("{}");
    } else if (node instanceof List<?>) {
      out.append("[]");
    } else if (node instanceof String text) {
      string(text);
    } else if (node instanceof Double number) {
      floating(number);
    } else if (node instanceof Float number) {
      floating(Double.parseDouble(number.toString()));
    } else if (node instanceof BigDecimal number) {
      out.append(number.toString().replace("E", "e"));
    } else if (node instanceof Number || node instanceof Boolean) {
      out.append(node);
    } else {
      string(String.valueOf(node));
    }
  }

  private void floating(double number) {
    if (Double.isNaN(number)) {
      out.append(".nan");
    } else if (Double.isInfinite(number)) {
      out.append(number > 0 ? ".inf" : "-.inf");
    } else {
      String text = Double.toString(number);
      int e = text.indexOf('E');
      if (e < 0) {
        out.append(text);
      } else {
        out.append(text, 0, e).append(text.charAt(e + 1) == '-' ? "e" : "e+").append(text, e + 1, text.length());
      }
    }
  }

  private void string(String text) {
    if (isPlain(text)) {
      out.append(text);
      return;
    }
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (isPrintable(c)) {
            out.append(c);
          } else {
            // By hand, not String.format, whose first call sets up the JDK's locale data
            String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
            out.append("\\u").append("0000", hex.length(), 4).append(hex);
          }
        }
      }
    }
    out.append('"');
  }

  /** Whether {@code c} may stand as it is inside double quotes: printable, and not a line break of YAML 1.1. */
  private static boolean isPrintable(char c) {
    return c >= ' ' && c <= '~' || c >= '\u00A0' && c <= '\uD7FF' && c != '\u2028' && c != '\u2029'
        || c >= '\uE000' && c <= '\uFFFD' && c != '\uFEFF';
  }

  /**
   * Whether {@code text} reads back as itself when written without quotes: as a plain scalar of YAML's block style, and
   * as a string under both YAML 1.2 (our reader) and YAML 1.1.
   *
   * <p>As YAML: it does not start with an indicator ({@code -?:,[]{}#&*!|>'"%@}, a backquote, or a space), nor end
   * with a space or a colon; it holds no {@code ": "} and no {@code " #"}, no tab and nothing to escape.
   *
   * <p>As a string: it is not a word YAML 1.1 reads as a boolean or null, in any case; it is not what YAML 1.2 reads as
   * a number, and it does not start like a number of YAML 1.1 (a digit, or a sign or a dot before a digit or a dot,
   * which also covers 1.1's dates, times and {@code 1_000}); and it is not {@code <<} or {@code =}, which 1.1 reads as
   * a merge and a value.
   */
  private static boolean isPlain(String text) {
    if (text.equals("???")) {
      return true; // OmegaConf's mandatory value, shown as OmegaConf shows it; every YAML reader reads it back as text
    }
    int last = text.length() - 1;
    if (last < 0 || "-?:,[]{}#&*!|>'\"%@` ".indexOf(text.charAt(0)) >= 0 || text.charAt(last) == ' '
        || text.charAt(last) == ':') {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~' && !isPrintable(c)
          || c == ':' && text.charAt(i + 1) == ' ' || c == '#' && i > 0 && text.charAt(i - 1) == ' ') {
        return false;
      }
    }
    char first = text.charAt(0);
    char second = last > 0 ? text.charAt(1) : ' ';
    boolean numeric = Names.isAsciiDigit(first)
        || "+-.".indexOf(first) >= 0 && (Names.isAsciiDigit(second) || second == '.');
    return !numeric && !text.equals("<<") && !text.equals("=")
        && !WORDS_OF_YAML_1_1.contains(text.toLowerCase(Locale.ROOT)) && text.equals(Scalars.plain(text, ""));
  }
}

package io.hookline.config.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each key of a TOML document is written, for messages: the TOML parser reports no positions, so the text
 * is scanned line by line for table headers ({@code [a.b]}, {@code [[a]]}) and keys ({@code k = …},
 * {@code "q".k = …}).
 *
 * <p>Contract: returns {@code line:column} by dotted path (an array of tables' entries by index, as {@code a.0});
 * the lines inside a multi-line string, array or inline table are not read as keys. A path it cannot place is left out,
 * and its messages then name the file alone; it never fails, since the parser has already judged the text.
 */
final class TomlLines {

  private final Map<String, String> where = new HashMap<>();
  private final Map<String, Integer> tables = new HashMap<>();
  private List<String> table = List.of();

  private TomlLines() {}

  /** Returns where each key of {@code text} is written, by path. */
  static Map<String, String> of(String text) {
    TomlLines lines = new TomlLines();
    @Nullable String closing = null; // the delimiter of a multi-line string being read
    int depth = 0; // the brackets and braces of a value left open
    String[] all = text.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i];
      if (closing != null) {
        closing = line.contains(closing) ? null : closing;
      } else if (depth > 0) {
        depth = Math.max(0, depth + opened(line));
      } else {
        int column = line.length() - line.stripLeading().length();
        String value = lines.line(line.strip(), i + 1 + ":" + (column + 1));
        if (value != null) {
          String delimiter = value.startsWith("\"\"\"") ? "\"\"\"" : value.startsWith("'''") ? "'''" : null;
          if (delimiter != null && !value.substring(3).contains(delimiter)) {
            closing = delimiter;
          } else if (delimiter == null) {
            depth = Math.max(0, opened(value));
          }
        }
      }
    }
    return lines.where;
  }

  /** Reads a header or a key's line at {@code at}; returns the value after a key's {@code =}, or {@code null}. */
  private @Nullable String line(String line, String at) {
    if (line.startsWith("[")) {
      boolean array = line.startsWith("[[");
      int end = line.indexOf(array ? "]]" : "]");
      @Nullable List<String> path = end < 0 ? null : keys(line.substring(array ? 2 : 1, end).strip());
      if (path != null) {
        place(List.of(), path, at);
        table = new ArrayList<>(path);
        if (array) {
          table.add(String.valueOf(tables.merge(Tree.show(path), 1, Integer::sum) - 1));
          where.putIfAbsent(Tree.show(table), at);
        }
      }
      return null;
    }
    int equals = keyEnd(line);
    @Nullable List<String> keys = equals < 0 ? null : keys(line.substring(0, equals).strip());
    if (keys == null) {
      return null;
    }
    place(table, keys, at);
    return line.substring(equals + 1).strip();
  }

  /** Records {@code at} for {@code keys} under {@code under}, and for each table on the way that has no place yet. */
  private void place(List<String> under, List<String> keys, String at) {
    List<String> path = new ArrayList<>(under);
    for (String key : keys) {
      path.add(key);
      where.putIfAbsent(Tree.show(path), at);
    }
  }

  /** Returns the index of the {@code =} that ends the key at the start of {@code line}, or -1. */
  private static int keyEnd(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '=') {
        return i;
      } else if (c == '#' || c == '{' || c == '[' || c == ',') {
        return -1;
      }
    }
    return -1;
  }

  /** Returns the keys of a dotted key ({@code a."b.c".d}), or {@code null} if it is not one. */
  private static @Nullable List<String> keys(String dotted) {
    List<String> keys = new ArrayList<>();
    int i = 0;
    while (i < dotted.length()) {
      char c = dotted.charAt(i);
      int end;
      if (c == '"' || c == '\'') {
        end = dotted.indexOf(c, i + 1);
        if (end < 0) {
          return null;
        }
        keys.add(dotted.substring(i + 1, end));
        end++;
      } else {
        end = i;
        while (end < dotted.length() && (Character.isLetterOrDigit(dotted.charAt(end)) || dotted.charAt(end) == '_'
            || dotted.charAt(end) == '-')) {
          end++;
        }
        if (end == i) {
          return null;
        }
        keys.add(dotted.substring(i, end));
      }
      i = end;
      while (i < dotted.length() && dotted.charAt(i) == ' ') {
        i++;
      }
      if (i < dotted.length() && dotted.charAt(i++) != '.') {
        return null;
      }
      while (i < dotted.length() && dotted.charAt(i) == ' ') {
        i++;
      }
    }
    return keys.isEmpty() ? null : keys;
  }

  /** Returns how many brackets and braces {@code text} opens less those it closes, outside strings and comments. */
  private static int opened(String text) {
    int[] opened = {0};
    TreeReader.brackets(text, true, (index, change) -> opened[0] += change);
    return opened[0];
  }
}

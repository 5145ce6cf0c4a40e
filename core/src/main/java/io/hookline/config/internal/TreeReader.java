package io.hookline.config.internal;

import io.hookline.ConfigFormat;
import io.hookline.InputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads config files and flow-style values into {@link Tree trees}, recording the origin of every value.
 *
 * <p>Each format has its reader: YAML files and flow values go to {@link YamlReader} (SnakeYAML's events, typed by
 * the same rules as command-line values), JSON to {@link JsonReader} (Jackson's streaming parser), HOCON to
 * {@link HoconReader}. So
 * Typesafe Config is loaded only when a HOCON file is used, and Jackson only when a JSON file is. YAML aliases are
 * refused with a clear error rather than expanded, so an alias bomb cannot grow.
 *
 * <p>Contract: every failure to read, from a missing character to a document too large or too deep, becomes an
 * {@link InputException} whose one-line message names the file and, where the parser knows it, the line and column.
 * The limits are explicit: {@value #MAX_DOCUMENT_CHARS} characters and {@value #MAX_DEPTH} levels of nesting, so that
 * a runaway document fails fast.
 */
public final class TreeReader {

  /** The most characters a document may hold. */
  public static final int MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;
  /** The deepest a document may nest. */
  public static final int MAX_DEPTH = 200;

  private TreeReader() {}

  /**
   * Reads {@code file}, shown in messages and origins as {@code shown}, in {@code format}.
   *
   * @throws InputException if the file cannot be read or parsed
   */
  public static Parsed read(Path file, String shown, ConfigFormat format) {
    String text;
    try {
      if (Files.size(file) > MAX_DOCUMENT_CHARS) {
        throw new InputException(shown + ": the file is larger than " + MAX_DOCUMENT_CHARS + " bytes");
      }
      text = TextFile.read(file);
    } catch (CharacterCodingException e) {
      throw new InputException(shown + ": not UTF-8 text; save the file as UTF-8");
    } catch (IOException e) {
      throw new InputException(shown + ": cannot read the file: " + e.getMessage());
    }
    return parse(text, shown, format, format == Formats.HOCON ? folder(file) : null);
  }

  /**
   * Reads the YAML file {@code file}, shown in messages and origins as {@code shown}: one Hookline wrote.
   *
   * @throws InputException if the file cannot be read or parsed
   */
  public static Parsed readYaml(Path file, String shown) {
    return read(file, shown, Formats.YAML);
  }

  /**
   * Reads {@code text}, the content of a YAML or JSON document shown in messages and origins as {@code shown}.
   *
   * @throws InputException if it does not parse, or is HOCON, whose includes need a folder to come from
   */
  public static Parsed read(String text, String shown, ConfigFormat format) {
    if (format == Formats.HOCON) {
      throw new InputException(shown + ": HOCON is read from files only; use YAML or JSON here");
    }
    if (text.length() > MAX_DOCUMENT_CHARS) {
      throw new InputException(shown + ": larger than " + MAX_DOCUMENT_CHARS + " characters");
    }
    return parse(text, shown, format, null);
  }

  private static Parsed parse(String text, String shown, ConfigFormat format, @Nullable Path includes) {
    checkDepth(text, shown);
    try {
      return format instanceof Formats.Located own ? own.parse(text, shown, includes) : plugged(format, text, shown);
    } catch (StackOverflowError e) {
      throw new InputException(shown + ": nested too deeply to read");
    }
  }

  /** Returns the real path of {@code file}'s folder, from which its includes come, or {@code null} if it has none. */
  private static @Nullable Path folder(Path file) {
    try {
      return file.toRealPath().getParent();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Rejects a document whose brackets and braces nest deeper than {@value #MAX_DEPTH} levels, before any parser sees
   * it: not every parser limits its own recursion. Brackets inside quoted strings do not count.
   */
  public static void checkDepth(String text, String shown) {
    int[] depth = {0};
    brackets(text, false, (index, change) -> {
      depth[0] = Math.max(0, depth[0] + change);
      if (depth[0] > MAX_DEPTH) {
        long line = 1 + text.substring(0, index).chars().filter(c -> c == '\n').count();
        throw new InputException(shown + ":" + line + ": nested more than " + MAX_DEPTH + " levels deep");
      }
    });
  }

  /** Receives a bracket or brace: where it is in the text, and +1 if it opens, -1 if it closes. */
  interface Bracket {
    void at(int index, int change);
  }

  /**
   * Calls {@code bracket} for each bracket and brace of {@code text} outside quoted strings (in double quotes, a
   * backslash escapes the next character), stopping at a {@code #} outside them when {@code toComment}.
   */
  static void brackets(String text, boolean toComment, Bracket bracket) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && toComment) {
        return;
      } else if (c == '[' || c == '{') {
        bracket.at(i, 1);
      } else if (c == ']' || c == '}') {
        bracket.at(i, -1);
      }
    }
  }

  /**
   * Parses {@code text} as a YAML flow value, such as {@code [1, 2]}, {@code {a: 1}} or {@code 'quoted'}.
   *
   * @throws InputException if it does not parse; {@code shown} says where the text came from
   */
  public static @Nullable Object readFlow(String text, String shown) {
    checkDepth(text, shown);
    return YamlReader.read(text, shown).tree();
  }

  /**
   * Reads {@code text} with a format a service adds: its tree, checked to be one, each value's origin the file and the
   * position the format gives ({@link ConfigFormat#positions}), or the file alone.
   */
  private static Parsed plugged(ConfigFormat format, String text, String shown) {
    Object tree;
    try {
      tree = format.read(text);
    } catch (InputException e) {
      throw e;
    } catch (Exception e) {
      throw new InputException(shown + ": " + firstLine(e));
    }
    Map<String, String> origins = new HashMap<>();
    checkTree(tree, new ArrayList<>(), shown, origins, format);
    format.positions(text).forEach((path, at) -> origins.replace(path, shown + ":" + at));
    return new Parsed(tree, origins);
  }

  private static void checkTree(@Nullable Object node, List<String> path, String shown, Map<String, String> origins,
      ConfigFormat format) {
    origins.put(Tree.show(path), shown);
    if (path.size() > MAX_DEPTH) {
      throw new InputException(shown + ": nested more than " + MAX_DEPTH + " levels deep");
    }
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalStateException(format.getClass().getName() + " read a key that is not a text: "
              + entry.getKey());
        }
        path.add(key);
        checkTree(entry.getValue(), path, shown, origins, format);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        path.add(Integer.toString(i));
        checkTree(list.get(i), path, shown, origins, format);
        path.remove(path.size() - 1);
      }
    } else if (node != null && !(node instanceof String || node instanceof Number || node instanceof Boolean)) {
      throw new IllegalStateException(format.getClass().getName() + " read a " + node.getClass().getName() + " at '"
          + Tree.show(path) + "'; a config tree holds maps, lists, texts, numbers, booleans and null");
    }
  }

  /** Returns the first line of what {@code thrown} says, or its class's name if it says nothing. */
  public static String firstLine(Throwable thrown) {
    return thrown.getMessage() == null ? thrown.getClass().getName() : firstLine(thrown.getMessage());
  }

  /** Returns the first line of {@code message}, stripped and cut at 200 characters; "malformed input" for none. */
  public static String firstLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "malformed input";
    }
    String line = message.strip().lines().findFirst().orElse(message).strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}

package io.hookline.config.internal;

import io.hookline.InputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One parsed command-line override.
 *
 * <p>The grammar, with the default separator: {@code [+|++|~][id::]key.path[=value]}. {@code key=value} sets a key,
 * {@code +key=value} adds a key that is not there yet, {@code ~key} removes one, the last two only where keys are
 * free (map configs); {@code ++key=value} appends to the list a key holds, the elements of a list value or a single
 * value. The key part ends at the first {@code =}, so a value may hold {@code =} and {@code ::}
 * ({@code msg=a=b::c}). Values follow {@link Scalars}.
 *
 * @param text the argument as given
 * @param prefix the config id or id prefix before the separator, or {@code null} for an override shared by every
 *     config that fits it
 * @param op what to do
 * @param path the key path
 * @param value the value to set or add; {@code null} for a removal (or an explicit null)
 */
public record CliOverride(String text, @Nullable String prefix, Op op, List<String> path, @Nullable Object value) {

  /** What an override does. */
  public enum Op { SET, ADD, APPEND, REMOVE }

  /**
   * Parses {@code text}.
   *
   * @throws InputException if it is not an override, or its value does not parse
   */
  public static CliOverride parse(String text, String separator) {
    Op op = text.startsWith("~") ? Op.REMOVE : text.startsWith("++") ? Op.APPEND : text.startsWith("+") ? Op.ADD
        : Op.SET;
    String body = text.substring(op == Op.SET ? 0 : op == Op.APPEND ? 2 : 1);
    int equals = body.indexOf('=');
    if (op == Op.REMOVE && equals >= 0) {
      throw new InputException("override '" + shorten(text) + "': a removal takes no value; write " + text.substring(0,
          equals + 1));
    }
    if (op != Op.REMOVE && equals < 0) {
      throw new InputException("'" + text + "' is not an override; write key=value, id" + separator
          + "key=value, +key=value, ++key=value or ~key");
    }
    String key = equals < 0 ? body : body.substring(0, equals);
    String prefix = null;
    int split = key.indexOf(separator);
    if (split >= 0) {
      prefix = key.substring(0, split);
      key = key.substring(split + separator.length());
      if (key.contains(separator)) {
        throw new InputException("override '" + shorten(text) + "': more than one '" + separator + "'; write id"
            + separator
            + "key=value");
      }
    }
    List<String> path = Tree.split(key);
    if (path.size() > TreeReader.MAX_DEPTH) {
      throw new InputException("override '" + shorten(text) + "': a key path of " + path.size() + " parts; at most "
          + TreeReader.MAX_DEPTH);
    }
    for (String segment : path) {
      if (segment.isEmpty() || !segment.equals(segment.strip())) {
        throw new InputException("override '" + shorten(text) + "': '" + shorten(key) + "' is not a key path; write"
            + " keys joined by dots, as in optim.lr=0.1");
      }
    }
    Object value = op == Op.REMOVE ? null : Scalars.parse(body.substring(equals + 1), "command line: " + text);
    return new CliOverride(text, prefix, op, path, value);
  }

  /** Returns {@code text}, cut to 80 characters for a message. */
  private static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  /** Returns the dotted key path. */
  public String key() {
    return Tree.show(path);
  }

  /** Returns the origin recorded for values this override sets: {@code command line: text}. */
  public String origin() {
    return "command line: " + text;
  }
}

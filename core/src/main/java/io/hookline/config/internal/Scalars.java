package io.hookline.config.internal;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The value grammar of command-line overrides: YAML's core schema for plain scalars, and YAML flow syntax for quoted
 * strings, lists and maps.
 *
 * <ul>
 *   <li>{@code null}, {@code Null}, {@code NULL}, {@code ~}: null;
 *   <li>{@code true}, {@code false} (also capitalised or in capitals): a boolean;
 *   <li>{@code 1}, {@code -7}, {@code +3}: an integer; {@code 0.1}, {@code 1e-3}, {@code .inf}, {@code -.inf},
 *       {@code .nan}: a floating-point number;
 *   <li>{@code 'text'} or {@code "text"}: the text, always a string ({@code s='1'} is the string "1");
 *   <li>{@code [1, 2]}, {@code {a: 1}}: a list, a map;
 *   <li>anything else, including the empty string: the text as it is ({@code url=http://x/y} is a string).
 * </ul>
 *
 * <p>Plain text is never handed to a YAML parser, so a {@code #} or a {@code : } in it stays part of the string.
 */
public final class Scalars {

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private Scalars() {}

  /**
   * Returns the tree value {@code text} stands for.
   *
   * @throws io.hookline.command.InputException if it starts like a flow value but does not parse as one
   */
  public static @Nullable Object parse(String text, String shown) {
    if (text.startsWith("[") || text.startsWith("{") || text.startsWith("'") || text.startsWith("\"")) {
      return TreeReader.readFlow(text, shown);
    }
    return switch (text) {
      case "null", "Null", "NULL", "~" -> null;
      case "true", "True", "TRUE" -> Boolean.TRUE;
      case "false", "False", "FALSE" -> Boolean.FALSE;
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
      case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
      case ".nan", ".NaN", ".NAN" -> Double.NaN;
      default -> number(text);
    };
  }

  private static Object number(String text) {
    if (INTEGER.matcher(text).matches()) {
      BigInteger value = new BigInteger(text);
      if (value.bitLength() < 32) {
        return value.intValue();
      }
      return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
    if (FLOAT.matcher(text).matches()) {
      return Double.parseDouble(text);
    }
    return text;
  }
}

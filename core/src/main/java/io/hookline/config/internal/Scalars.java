package io.hookline.config.internal;

import io.hookline.InputException;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The value grammar of command-line overrides, and of plain values in YAML files: YAML 1.2's core schema for plain
 * scalars, and YAML flow syntax for quoted strings, lists and maps.
 *
 * <ul>
 *   <li>{@code null}, {@code Null}, {@code NULL}, {@code ~}: null;
 *   <li>{@code true}, {@code false} (also capitalised or in capitals): a boolean; {@code yes}, {@code on} and the like
 *       are strings;
 *   <li>{@code 1}, {@code -7}, {@code +3}, {@code 017} (seventeen), {@code 0x1F}, {@code 0o17}: an integer;
 *       {@code 0.1}, {@code 1e-3}, {@code .inf}, {@code -.inf}, {@code .nan}: a floating-point number; a number of
 *       more than {@value #MAX_NUMBER_LENGTH} characters is an error;
 *   <li>{@code 'text'} or {@code "text"}: the text, always a string ({@code s='1'} is the string "1");
 *   <li>{@code [1, 2]}, {@code {a: 1}}: a list, a map;
 *   <li>anything else, including the empty string: the text as it is ({@code url=http://x/y} is a string).
 * </ul>
 *
 * <p>Plain text is never handed to a YAML parser, so a {@code #} or a {@code : } in it stays part of the string.
 */
public final class Scalars {

  static final int MAX_NUMBER_LENGTH = 1000;

  private Scalars() {}

  /**
   * Returns the tree value {@code text} stands for.
   *
   * @throws io.hookline.InputException if it starts like a flow value but does not parse as one
   */
  public static @Nullable Object parse(String text, String shown) {
    if (text.startsWith("[") || text.startsWith("{") || text.startsWith("'") || text.startsWith("\"")) {
      return TreeReader.readFlow(text, shown);
    }
    return plain(text, shown);
  }

  /**
   * Returns the value of plain (unquoted, non-flow) {@code text}: null, a boolean, a number, or the text itself.
   *
   * @throws io.hookline.InputException if it is a number too long to read
   */
  static @Nullable Object plain(String text, String shown) {
    return switch (text) {
      case "null", "Null", "NULL", "~" -> null;
      case "true", "True", "TRUE" -> Boolean.TRUE;
      case "false", "False", "FALSE" -> Boolean.FALSE;
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
      case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
      case ".nan", ".NaN", ".NAN" -> Double.NaN;
      default -> number(text, shown);
    };
  }

  private static Object number(String text, String shown) {
    int radix = isInteger(text) ? 10 : isPrefixed(text, "0x", 16) ? 16 : isPrefixed(text, "0o", 8) ? 8 : 0;
    if (radix == 0 && !isFloat(text)) {
      return text;
    }
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new InputException(shown + ": a number of more than " + MAX_NUMBER_LENGTH + " characters");
    }
    if (radix == 0) {
      return Double.parseDouble(text);
    }
    BigInteger value = new BigInteger(radix == 10 ? text : text.substring(2), radix);
    if (value.bitLength() < 32) {
      return value.intValue();
    }
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  /** Whether {@code text} is {@code prefix} followed by one or more digits of {@code radix}. */
  private static boolean isPrefixed(String text, String prefix, int radix) {
    if (!text.startsWith(prefix) || text.length() == prefix.length()) {
      return false;
    }
    for (int i = prefix.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 'z' || Character.digit(c, radix) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} is {@code [-+]?[0-9]+}. */
  static boolean isInteger(String text) {
    int i = skipSign(text, 0);
    int end = skipDigits(text, i);
    return end > i && end == text.length();
  }

  /** Whether {@code text} is {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}. */
  static boolean isFloat(String text) {
    int start = skipSign(text, 0);
    int i = skipDigits(text, start);
    boolean whole = i > start;
    if (i < text.length() && text.charAt(i) == '.') {
      int fraction = skipDigits(text, i + 1);
      if (!whole && fraction == i + 1) {
        return false;
      }
      i = fraction;
    } else if (!whole) {
      return false;
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int digits = skipSign(text, i + 1);
      i = skipDigits(text, digits);
      if (i == digits) {
        return false;
      }
    }
    return i == text.length();
  }

  private static int skipSign(String text, int at) {
    return at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+') ? at + 1 : at;
  }

  private static int skipDigits(String text, int at) {
    int i = at;
    while (i < text.length() && Names.isAsciiDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }
}

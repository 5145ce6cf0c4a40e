package io.hookline.config.internal;

/**
 * The spelling rules for the names users give: commands, options and config ids.
 *
 * <p>Contract: each check accepts exactly the ASCII strings its rule describes, and nothing else (no other letters or
 * digits from Unicode). The checks are written out rather than as regular expressions, so that a program does not
 * compile patterns before its first line of output.
 */
public final class Names {

  private Names() {}

  /** Whether {@code name} is a command or option name: a letter or digit, then letters, digits, '_', '.' or '-'. */
  public static boolean isName(String name) {
    if (name.isEmpty() || !isAsciiLetterOrDigit(name.charAt(0))) {
      return false;
    }
    return restIs(name, "_.-");
  }

  /** Whether {@code id} is a config id: a letter or '_', then letters, digits, '_' or '-'. */
  public static boolean isIdentifier(String id) {
    if (id.isEmpty()) {
      return false;
    }
    char first = id.charAt(0);
    if (first != '_' && (!isAsciiLetterOrDigit(first) || isAsciiDigit(first))) {
      return false;
    }
    return restIs(id, "_-");
  }

  private static boolean restIs(String text, String punctuation) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAsciiLetterOrDigit(c) && punctuation.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} is an ASCII digit. */
  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}

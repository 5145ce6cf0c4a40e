package io.hookline.config.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text at its commas, as a sweep's values ({@code lr=0.1,0.01}) and a resolver's arguments
 * ({@code ${name:a, [b, c], 'd,e'}}) are written.
 *
 * <p>Contract: a comma splits only outside brackets, braces, parentheses and quotes, so a list, a map, a call or a
 * quoted text is one part; each part is stripped of the spaces around it, and there is one more part than splitting
 * commas, empty ones included. A closing bracket without its opening one, an unclosed quote or an unclosed bracket is
 * an {@link IllegalArgumentException} saying which.
 */
public final class Commas {

  private Commas() {}

  /** Returns the parts of {@code text}. */
  public static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '{' || c == '(') {
        depth++;
      } else if ((c == ']' || c == '}' || c == ')') && --depth < 0) {
        throw new IllegalArgumentException("unbalanced '" + c + "'");
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    if (quote != 0 || depth != 0) {
      throw new IllegalArgumentException(quote != 0 ? "unclosed quote" : "unclosed bracket");
    }
    parts.add(text.substring(start).strip());
    return parts;
  }
}

package io.hookline.compose.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the arguments of a resolver's call, {@code ${name:a, [b, c], 'd,e'}}, at its commas.
 *
 * <p>Contract: a comma splits only outside brackets, braces, parentheses and quotes, so a list, a map, an
 * interpolation or a quoted text is one argument; each argument is stripped of the spaces around it. No text gives no
 * arguments; otherwise there is one more argument than there are splitting commas, empty ones included.
 */
final class Arguments {

  private Arguments() {}

  /** Returns the arguments written in {@code text}. */
  static List<String> split(String text) {
    List<String> arguments = new ArrayList<>();
    if (text.isBlank()) {
      return arguments;
    }
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
      } else if (c == ']' || c == '}' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        arguments.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    arguments.add(text.substring(start).strip());
    return arguments;
  }
}

package io.hookline.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell does for plain words and quotes: blanks separate words, single
 * quotes keep everything, double quotes keep everything but a backslash before {@code "} or {@code \}, and a
 * backslash outside quotes keeps the next character. No variables, globs or other expansions.
 */
final class Words {

  private Words() {}

  /**
   * The words of {@code line}.
   *
   * @throws IllegalArgumentException naming the quote left open
   */
  static List<String> of(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'' || c == '"') {
        int end = line.indexOf(c, i + 1);
        while (c == '"' && end > 0 && line.charAt(end - 1) == '\\' && !escapedBackslash(line, end - 1, i)) {
          end = line.indexOf(c, end + 1);
        }
        if (end < 0) {
          throw new IllegalArgumentException("the " + (c == '"' ? "double" : "single") + " quote at character "
              + (i + 1) + " is not closed");
        }
        String quoted = line.substring(i + 1, end);
        word.append(c == '"' ? quoted.replaceAll("\\\\([\"\\\\])", "$1") : quoted);
        inWord = true;
        i = end;
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** Whether the backslash at {@code at} is itself escaped by an odd run of backslashes after {@code from}. */
  private static boolean escapedBackslash(String line, int at, int from) {
    int run = 0;
    for (int k = at - 1; k > from && line.charAt(k) == '\\'; k--) {
      run++;
    }
    return run % 2 == 1;
  }
}

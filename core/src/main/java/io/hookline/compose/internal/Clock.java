package io.hookline.compose.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time {@code ${now:FORMAT}} gives: the moment the program first resolved one, the same for every value and job of
 * the run, so that a folder named by it is one folder. A pattern with {@code %} is read as Python's {@code strftime}
 * (what Hydra users write: {@code %Y-%m-%d_%H-%M-%S}); any other as a {@link DateTimeFormatter} pattern.
 */
final class Clock {

  private static final AtomicReference<LocalDateTime> FIRST = new AtomicReference<>();

  /** strftime's directives and their {@link DateTimeFormatter} spelling. */
  private static final Map<Character, String> STRFTIME = Map.ofEntries(Map.entry('Y', "yyyy"), Map.entry('y', "yy"),
      Map.entry('m', "MM"), Map.entry('d', "dd"), Map.entry('H', "HH"), Map.entry('I', "hh"), Map.entry('M', "mm"),
      Map.entry('S', "ss"), Map.entry('f', "SSSSSS"), Map.entry('p', "a"), Map.entry('b', "MMM"),
      Map.entry('B', "MMMM"), Map.entry('a', "EEE"), Map.entry('A', "EEEE"), Map.entry('j', "DDD"));

  private Clock() {}

  /**
   * Returns the run's time in {@code format}.
   *
   * @throws IllegalArgumentException naming what the pattern cannot hold
   */
  static String now(String format) {
    LocalDateTime now = FIRST.updateAndGet(first -> first != null ? first : LocalDateTime.now());
    return DateTimeFormatter.ofPattern(format.contains("%") ? fromStrftime(format) : format).format(now);
  }

  /** Returns {@code format}, a strftime pattern, as a {@link DateTimeFormatter} pattern. */
  static String fromStrftime(String format) {
    StringBuilder pattern = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      String directive = c == '%' && i + 1 < format.length() ? STRFTIME.get(format.charAt(i + 1)) : null;
      if (directive != null) {
        flush(literal, pattern);
        pattern.append(directive);
        i++;
      } else if (c == '%' && i + 1 < format.length() && format.charAt(i + 1) == '%') {
        literal.append('%');
        i++;
      } else if (c == '%') {
        throw new IllegalArgumentException("'%" + (i + 1 < format.length() ? format.charAt(i + 1) : "")
            + "' is no strftime directive here; the directives are %" + String.join(", %",
                STRFTIME.keySet().stream().sorted().map(String::valueOf).toList()) + " and %%");
      } else {
        literal.append(c);
      }
    }
    flush(literal, pattern);
    return pattern.toString();
  }

  /** Appends {@code literal} to {@code pattern} quoted, as a {@link DateTimeFormatter} pattern holds text. */
  private static void flush(StringBuilder literal, StringBuilder pattern) {
    if (literal.length() > 0) {
      pattern.append('\'').append(literal.toString().replace("'", "''")).append('\'');
      literal.setLength(0);
    }
  }
}

package io.hookline.command.internal;

import java.lang.System.Logger.Level;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The format of a line of a job's log, such as {@code [{time}][{logger}][{level}] - {message}}.
 *
 * <p>Contract: a format is text with fields in braces: {@code {time}} (as {@code 2026-12-07 14:03:59,123}),
 * {@code {time:PATTERN}} (a {@link DateTimeFormatter} pattern), {@code {level}} ({@code INFO}, {@code WARNING}, …),
 * {@code {logger}}, {@code {thread}} and {@code {message}}; {@code {{} and {@code }}} are braces. Any other field, or a
 * brace left open, is refused when the format is read.
 *
 * @param text the format as written
 * @param parts its literal texts and fields, in order
 */
public record LogFormat(String text, List<Part> parts) {

  static final String TIME = "yyyy-MM-dd HH:mm:ss,SSS";

  private static final List<String> FIELDS = List.of("time", "level", "logger", "thread", "message");

  /** A literal text, or a field ({@code name}) with its time pattern. */
  public record Part(@Nullable String literal, @Nullable String field, @Nullable DateTimeFormatter time) {}

  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static LogFormat of(String text) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        literal.append(c);
        i++;
      } else if (c == '{') {
        int close = text.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("'{' at " + i + " is not closed; write {{ for a brace");
        }
        String field = text.substring(i + 1, close);
        literal(parts, literal);
        parts.add(field(field));
        i = close;
      } else if (c == '}') {
        throw new IllegalArgumentException("'}' at " + i + " closes nothing; write }} for a brace");
      } else {
        literal.append(c);
      }
    }
    literal(parts, literal);
    return new LogFormat(text, List.copyOf(parts));
  }

  /** Adds the text {@code literal} holds to {@code parts}, if any, and empties it. */
  private static void literal(List<Part> parts, StringBuilder literal) {
    if (!literal.isEmpty()) {
      parts.add(new Part(literal.toString(), null, null));
      literal.setLength(0);
    }
  }

  private static Part field(String field) {
    String name = field.contains(":") ? field.substring(0, field.indexOf(':')) : field;
    if (!FIELDS.contains(name) || field.contains(":") && !name.equals("time")) {
      throw new IllegalArgumentException("no field {" + field + "}; the fields are {time}, {time:PATTERN}, {level},"
          + " {logger}, {thread} and {message}");
    }
    if (!name.equals("time")) {
      return new Part(null, name, null);
    }
    String pattern = field.contains(":") ? field.substring(field.indexOf(':') + 1) : TIME;
    try {
      return new Part(null, name, DateTimeFormatter.ofPattern(pattern));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("{" + field + "}: '" + pattern + "' is not a time pattern: " + e.getMessage());
    }
  }

  /** Returns whether {@code other} is a format with the same text, which makes the same lines. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LogFormat format && format.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the line for a record. */
  public String line(ZonedDateTime time, Level level, String logger, String thread, String message) {
    StringBuilder line = new StringBuilder();
    for (Part part : parts) {
      if (part.literal() != null) {
        line.append(part.literal());
        continue;
      }
      switch (String.valueOf(part.field())) {
        case "time" -> line.append(Objects.requireNonNull(part.time()).format(time));
        case "level" -> line.append(level.getName());
        case "logger" -> line.append(logger);
        case "thread" -> line.append(thread);
        default -> line.append(message);
      }
    }
    return line.toString();
  }
}

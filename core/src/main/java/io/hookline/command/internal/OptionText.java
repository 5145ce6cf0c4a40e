package io.hookline.command.internal;

import io.hookline.InputException;
import io.hookline.config.internal.Suggestions;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An option's text read as a value of its type ({@link OptionValues} says which types those are): by the option's or
 * the app's reader if it has one, or else by Hookline, which reads the numbers, {@code true}/{@code false}, paths,
 * enums in any case where that is not ambiguous, durations ({@code 1m30s} or ISO-8601's), URIs, instants, dates and
 * charsets.
 *
 * <p>Contract: a text that is no such value is an {@link InputException} saying what the option takes; the caller puts
 * the option's name in front. Apart from {@link OptionValues} so that a program whose options are never read loads
 * none of this (nor the time, URI and regex classes it needs).
 */
public final class OptionText {

  private static final Pattern DURATION = Pattern.compile("(?:([0-9]{1,6})h)?(?:([0-9]{1,6})m(?!s))?"
      + "(?:([0-9]{1,9}(?:\\.[0-9]{1,3})?)s)?(?:([0-9]{1,9})ms)?");

  private OptionText() {}

  /**
   * Returns the name of the constant of the enum {@code type} that {@code value} spells, in any case when only one
   * does ({@code live} for {@code LIVE}); otherwise {@code value} itself, which then names none.
   */
  private static String constant(Class<?> type, String value) {
    List<String> names = OptionValues.constants(type);
    if (names.contains(value)) {
      return value;
    }
    List<String> matches = names.stream().filter(name -> name.equalsIgnoreCase(value)).toList();
    return matches.size() == 1 ? matches.get(0) : value;
  }

  /**
   * Returns {@code text} as a value of {@code type}, which Hookline reads itself.
   *
   * @throws InputException if it is not one
   */
  public static <T> T convert(String text, Class<T> type) {
    return convert(text, type, null);
  }

  /**
   * Returns {@code text} as a value of {@code type}, read by {@code reader} if there is one.
   *
   * @throws InputException if it is not one
   * @throws IllegalStateException if Hookline does not read {@code type} and there is no reader
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T> T convert(String text, Class<T> type, @Nullable Function<String, ?> reader) {
    Class<?> boxed = OptionValues.boxed(type);
    String value = text.strip();
    if (reader != null) {
      Object read;
      try {
        read = reader.apply(text);
      } catch (RuntimeException e) {
        throw new InputException("takes " + OptionValues.described(boxed) + ", not '" + text + "'" + (e.getMessage() == null ? ""
            : " (" + e.getMessage() + ")"));
      }
      if (read == null || !boxed.isInstance(read)) {
        throw new IllegalStateException("the reader of " + boxed.getName() + " gave " + read + " for '" + text + "'");
      }
      return (T) read;
    }
    try {
      Object converted;
      if (boxed == String.class) {
        converted = text;
      } else if (boxed == Integer.class) {
        converted = Integer.valueOf(value);
      } else if (boxed == Long.class) {
        converted = Long.valueOf(value);
      } else if (boxed == Double.class) {
        double number = Double.parseDouble(value);
        if (!Double.isFinite(number)) {
          throw new NumberFormatException(value);
        }
        converted = number;
      } else if (boxed == Boolean.class) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
          throw new NumberFormatException(value);
        }
        converted = Boolean.valueOf(value);
      } else if (boxed == Path.class) {
        converted = Path.of(value);
      } else if (boxed.isEnum()) {
        converted = Enum.valueOf((Class) boxed, constant(boxed, value));
      } else {
        converted = other(boxed, value);
      }
      return (T) converted;
    } catch (IllegalArgumentException | java.time.DateTimeException e) { // InvalidPathException among them
      throw new InputException("takes " + OptionValues.described(boxed) + ", not '" + text + "'" + (boxed.isEnum()
          ? Suggestions.didYouMean(value, OptionValues.constants(boxed)) : ""));
    }
  }

  /** Returns {@code value} as one of the types from {@code Duration} on, which {@link #convert} reads. */
  private static Object other(Class<?> type, String value) {
    if (type == Duration.class) {
      Duration duration = duration(value);
      if (duration == null) {
        throw new IllegalArgumentException(value);
      }
      return duration;
    }
    if (type == URI.class) {
      try {
        return new URI(value);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(value, e);
      }
    }
    if (type == Instant.class) {
      return Instant.parse(value);
    }
    if (type == LocalDate.class) {
      return LocalDate.parse(value);
    }
    if (type == Charset.class) {
      return Charset.forName(value); // IllegalCharsetNameException and UnsupportedCharsetException are both
    }
    throw new IllegalStateException("no reader of " + type.getName() + ": give the option one with ofType(type,"
        + " reader), or the app with App.converter");
  }

  /**
   * Returns {@code text} as a duration: ISO-8601's ({@code PT1M30S}), or hours, minutes, seconds and milliseconds,
   * each optional, in that order ({@code 1h30m}, {@code 90s}, {@code 2.5s}, {@code 250ms}), or a plain number of
   * seconds; {@code null} if it is none of these.
   */
  public static @Nullable Duration duration(String text) {
    String given = text.strip();
    if (given.startsWith("P") || given.startsWith("p") || given.startsWith("-P")) {
      try {
        return Duration.parse(given);
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    String written = given.matches("[0-9]{1,9}(\\.[0-9]{1,3})?") ? given + "s" : given;
    Matcher parts = DURATION.matcher(written);
    if (written.isEmpty() || !parts.matches()) {
      return null;
    }
    return Duration.ofHours(number(parts.group(1))).plusMinutes(number(parts.group(2)))
        .plusMillis(parts.group(3) == null ? 0 : new BigDecimal(parts.group(3)).movePointRight(3).longValueExact())
        .plusMillis(number(parts.group(4)));
  }

  private static long number(@Nullable String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}

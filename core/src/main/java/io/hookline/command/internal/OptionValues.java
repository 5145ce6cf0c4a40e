package io.hookline.command.internal;

import io.hookline.CommandSpec;
import io.hookline.InputException;
import io.hookline.Invocation.Attribute;
import io.hookline.OptionSpec;
import io.hookline.config.internal.Suggestions;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The types an option's value may have, and the conversion of its text: {@code String}, {@code Integer},
 * {@code Long}, {@code Double}, {@code Boolean}, {@code Path}, {@code Duration} ({@code PT1M30S} or {@code 1m30s}),
 * {@code URI}, {@code Instant}, {@code LocalDate}, {@code Charset} or an enum (the primitive types stand for their
 * boxes, so that Kotlin's {@code Int::class.java} works), and any other type an option or the app gives a reader for.
 * An enum's constant may be given in any case when no other constant differs from it only in case, as Clikt takes
 * them.
 *
 * <p>Contract: a value that does not convert is an {@link InputException} whose message says what the option takes;
 * the caller puts the option's name in front. A reader's own exception, whatever it is, is such a value.
 */
public final class OptionValues {

  /**
   * The readers of the invocation's options, when any option has one: a map from the key an option's values are
   * stored under to its {@code Function<String, ?>}.
   */
  @SuppressWarnings("rawtypes")
  public static final Attribute<Map> READERS = Attribute.of("option readers", Map.class);

  /** The keys the secret options of the invocation's command store their values under, when it has any. */
  @SuppressWarnings("rawtypes")
  public static final Attribute<Set> SECRETS = Attribute.of("secret options", Set.class);

  private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
      double.class, Double.class, boolean.class, Boolean.class);

  private static final List<Class<?>> TYPES = List.of(String.class, Integer.class, Long.class, Double.class,
      Boolean.class, Path.class, Duration.class, URI.class, Instant.class, LocalDate.class, Charset.class);

  private static final Pattern DURATION = Pattern.compile("(?:([0-9]{1,6})h)?(?:([0-9]{1,6})m(?!s))?"
      + "(?:([0-9]{1,9}(?:\\.[0-9]{1,3})?)s)?(?:([0-9]{1,9})ms)?");

  private OptionValues() {}

  /** Returns {@code type}'s box if it is primitive, else {@code type}. */
  public static Class<?> boxed(Class<?> type) {
    return BOXES.getOrDefault(type, type);
  }

  /** Returns whether Hookline reads values of {@code type} itself, with no reader given. */
  public static boolean known(Class<?> type) {
    Class<?> boxed = boxed(type);
    return TYPES.contains(boxed) || boxed.isEnum();
  }

  /** Returns what a value of {@code type} is, in words, for errors and help. */
  public static String described(Class<?> type) {
    Class<?> boxed = boxed(type);
    return boxed == Integer.class || boxed == Long.class ? "a whole number"
        : boxed == Double.class ? "a number"
        : boxed == Boolean.class ? "true or false"
        : boxed == Path.class ? "a path"
        : boxed == Duration.class ? "a duration, as 1m30s or PT1M30S"
        : boxed == URI.class ? "a URI"
        : boxed == Instant.class ? "an instant, as 2026-12-07T10:15:30Z"
        : boxed == LocalDate.class ? "a date, as 2026-12-07"
        : boxed == Charset.class ? "a charset, as UTF-8"
        : boxed.isEnum() ? "one of " + String.join(", ", constants(boxed))
        : boxed == String.class ? "text"
        : ("AEIOU".indexOf(boxed.getSimpleName().charAt(0)) >= 0 ? "an " : "a ") + boxed.getSimpleName();
  }

  /** Returns the names of the constants of the enum {@code type}. */
  public static List<String> constants(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
  }

  /**
   * Returns {@code spec} with the app's {@code readers} given to each option of a type Hookline does not read itself
   * and that has no reader of its own.
   *
   * @throws IllegalStateException if such an option's type has no reader at all: the program is at fault
   */
  public static CommandSpec withReaders(CommandSpec spec, Map<Class<?>, Function<String, ?>> readers) {
    List<OptionSpec> options = spec.options().stream().map(option -> {
      if (!option.takesValue() || option.converter() != null || known(option.type())) {
        return option;
      }
      Function<String, ?> reader = readers.get(option.type());
      if (reader == null) {
        throw new IllegalStateException("option '" + String.join("/", option.flags()) + "' of command '"
            + spec.command() + "' takes a " + option.type().getName() + ", which nothing reads: give it a reader with"
            + " ofType(" + option.type().getSimpleName() + ".class, text -> …) or App.converter("
            + option.type().getSimpleName() + ".class, text -> …)");
      }
      @SuppressWarnings("unchecked")
      Function<String, Object> typed = (Function<String, Object>) reader;
      @SuppressWarnings("unchecked")
      Class<Object> type = (Class<Object>) option.type();
      return option.ofType(type, typed);
    }).toList();
    return new CommandSpec(spec.command(), spec.description(), spec.configs(), options);
  }

  /**
   * Returns the readers of {@code spec}'s options that have one, by the key their values are stored under, or
   * {@code null} if none has.
   */
  public static @Nullable Map<String, Function<String, ?>> readers(CommandSpec spec) {
    Map<String, Function<String, ?>> byKey = new LinkedHashMap<>();
    spec.options().stream().filter(option -> option.converter() != null)
        .forEach(option -> byKey.put(option.dest(), option.converter()));
    return byKey.isEmpty() ? null : Map.copyOf(byKey);
  }

  /**
   * Returns the name of the constant of the enum {@code type} that {@code value} spells, in any case when only one
   * does ({@code live} for {@code LIVE}); otherwise {@code value} itself, which then names none.
   */
  private static String constant(Class<?> type, String value) {
    List<String> names = constants(type);
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
    Class<?> boxed = boxed(type);
    String value = text.strip();
    if (reader != null) {
      Object read;
      try {
        read = reader.apply(text);
      } catch (RuntimeException e) {
        throw new InputException("takes " + described(boxed) + ", not '" + text + "'" + (e.getMessage() == null ? ""
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
      throw new InputException("takes " + described(boxed) + ", not '" + text + "'" + (boxed.isEnum()
          ? Suggestions.didYouMean(value, constants(boxed)) : ""));
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

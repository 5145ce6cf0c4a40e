package io.hookline.command.internal;

import io.hookline.InputException;
import io.hookline.config.internal.Suggestions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The types an option's value may have, and the conversion of its text: {@code String}, {@code Integer},
 * {@code Long}, {@code Double}, {@code Boolean}, {@code Path} or an enum (the primitive types stand for their boxes,
 * so that Kotlin's {@code Int::class.java} works). An enum's constant may be given in any case when no other constant
 * differs from it only in case, as Clikt takes them.
 *
 * <p>Contract: a value that does not convert is an {@link InputException} whose message says what the option takes;
 * the caller puts the option's name in front.
 */
public final class OptionValues {

  private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
      double.class, Double.class, boolean.class, Boolean.class);

  private static final List<Class<?>> TYPES = List.of(String.class, Integer.class, Long.class, Double.class,
      Boolean.class, Path.class);

  private OptionValues() {}

  /**
   * Returns {@code type}'s box if it is primitive, else {@code type}.
   *
   * @throws IllegalArgumentException if an option cannot take values of the type
   */
  public static Class<?> checked(Class<?> type) {
    Class<?> boxed = BOXES.getOrDefault(type, type);
    if (!TYPES.contains(boxed) && !boxed.isEnum()) {
      throw new IllegalArgumentException("an option's value is a String, Integer, Long, Double, Boolean, Path or an"
          + " enum, not " + type.getName());
    }
    return boxed;
  }

  /** Returns what a value of {@code type} is, in words, for errors and help. */
  public static String described(Class<?> type) {
    Class<?> boxed = BOXES.getOrDefault(type, type);
    return boxed == Integer.class || boxed == Long.class ? "a whole number"
        : boxed == Double.class ? "a number"
        : boxed == Boolean.class ? "true or false"
        : boxed == Path.class ? "a path"
        : boxed.isEnum() ? "one of " + String.join(", ", constants(boxed))
        : "text";
  }

  /** Returns the names of the constants of the enum {@code type}. */
  public static List<String> constants(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
  }

  /**
   * Returns {@code text} as a value of {@code type}.
   *
   * @throws InputException if it is not one
   */
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

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T> T convert(String text, Class<T> type) {
    Class<?> boxed = BOXES.getOrDefault(type, type);
    String value = text.strip();
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
      } else {
        converted = Enum.valueOf((Class) boxed, constant(boxed, value));
      }
      return (T) converted;
    } catch (IllegalArgumentException e) { // InvalidPathException and NumberFormatException among them
      throw new InputException("takes " + described(boxed) + ", not '" + text + "'" + (boxed.isEnum()
          ? Suggestions.didYouMean(value, constants(boxed)) : ""));
    }
  }
}

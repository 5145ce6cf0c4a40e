package io.hookline.command.internal;

import io.hookline.CommandSpec;
import io.hookline.InputException;
import io.hookline.Invocation.Attribute;
import io.hookline.OptionSpec;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The types an option's value may have: {@code String}, {@code Integer}, {@code Long}, {@code Double},
 * {@code Boolean}, {@code Path}, {@code Duration}, {@code URI}, {@code Instant}, {@code LocalDate}, {@code Charset} or an
 * enum (the primitive types stand for their boxes, so that Kotlin's {@code Int::class.java} works), and any other type
 * an option or the app gives a reader for; what each is called in help and errors; and the attributes that carry an
 * invocation's readers and secret options. {@link OptionText} reads a value's text.
 *
 * <p>Contract: loading this class loads none of the value types it names; a type without a reader is the program's
 * fault, an {@link IllegalStateException}.
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

  /** The types Hookline reads itself, by name: naming them loads none of them (the time types load late). */
  private static final Set<String> TYPES = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
      "java.lang.Double", "java.lang.Boolean", "java.nio.file.Path", "java.time.Duration", "java.net.URI",
      "java.time.Instant", "java.time.LocalDate", "java.nio.charset.Charset");

  private OptionValues() {}

  /** Returns {@code type}'s box if it is primitive, else {@code type}. */
  public static Class<?> boxed(Class<?> type) {
    return BOXES.getOrDefault(type, type);
  }

  /** Returns whether Hookline reads values of {@code type} itself, with no reader given. */
  public static boolean known(Class<?> type) {
    Class<?> boxed = boxed(type);
    return TYPES.contains(boxed.getName()) || boxed.isEnum();
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
    List<OptionSpec> options = new ArrayList<>(); // a loop, not a stream: every program reads its options at start
    for (OptionSpec option : spec.options()) {
      if (!option.takesValue() || option.converter() != null || known(option.type())) {
        options.add(option);
        continue;
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
      options.add(option.ofType(type, typed));
    }
    return new CommandSpec(spec.command(), spec.description(), spec.configs(), options);
  }

  /**
   * Returns the readers of {@code spec}'s options that have one, by the key their values are stored under, or
   * {@code null} if none has.
   */
  public static @Nullable Map<String, Function<String, ?>> readers(CommandSpec spec) {
    Map<String, Function<String, ?>> byKey = new LinkedHashMap<>();
    for (OptionSpec option : spec.options()) {
      if (option.converter() != null) {
        byKey.put(option.dest(), option.converter());
      }
    }
    return byKey.isEmpty() ? null : Map.copyOf(byKey);
  }
}

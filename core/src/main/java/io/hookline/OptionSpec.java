package io.hookline;

import io.hookline.command.internal.OptionValues;
import io.hookline.config.internal.Names;
import io.hookline.config.internal.Suggestions;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One command-line option of a command, as data: parser hooks add these to a {@link CommandSpec}, and the command
 * line is parsed from them.
 *
 * <p>Contract: immutable. Names are given without dashes; a one-letter name is a short option ({@code -c}), a longer
 * one a long option ({@code --cfg}). An option with an {@code argument} label takes a value ({@code --cfg FILE}); one
 * without is a flag. Parsed values are stored in {@link Invocation#options()} under {@code dest}, as given; each is
 * checked against the option's type and choices when the command line is read, so that
 * {@link Invocation#option(String, Class)} converts it without fail. An option given more than once keeps every
 * value, in order ({@link Invocation#values(String, Class)}).
 *
 * @param names the option's names, without dashes; the first is the one shown first in help
 * @param dest the key its values are stored under in the invocation
 * @param argument the label of its value in help ({@code FILE}), or {@code null} for a flag
 * @param description what the option does, for help
 * @param defaultValue the value used when the option is absent, shown in help, or {@code null}
 * @param type the type of its value: {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean},
 *     {@code Path} or an enum (a primitive type stands for its box)
 * @param mandatory whether the command line must give it ({@link #required()} makes an option so)
 * @param choices the values it takes, if only some (an enum's constants, unless given)
 * @param positional whether it is a positional parameter ({@link #parameter}): given by its place among the command's
 *     words that are neither options nor overrides, with no flag of its own
 */
public record OptionSpec(List<String> names, String dest, @Nullable String argument, String description,
    @Nullable String defaultValue, Class<?> type, boolean mandatory, List<String> choices, boolean positional) {

  /** Checks and copies the fields. */
  public OptionSpec {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an option needs at least one name");
    }
    for (String name : names) {
      if (!Names.isName(name)) {
        throw new IllegalArgumentException("option name '" + name + "' must be letters, digits, '-', '_' or '.', "
            + "given without leading dashes");
      }
    }
    Objects.requireNonNull(dest, "dest");
    Objects.requireNonNull(description, "description");
    type = OptionValues.checked(Objects.requireNonNull(type, "type"));
    choices = List.copyOf(choices.isEmpty() && type.isEnum() ? OptionValues.constants(type) : choices);
    if (argument == null && (type != String.class || mandatory || !choices.isEmpty() || positional)) {
      throw new IllegalArgumentException("option '" + names.get(0) + "' is a flag: it takes no value, so it has no"
          + " type, choices or requirement");
    }
    if (defaultValue != null && argument != null) {
      try {
        check(defaultValue, type, choices);
      } catch (InputException e) {
        throw new IllegalArgumentException("option '" + names.get(0) + "': its default " + e.getMessage(), e);
      }
    }
  }

  /** Returns an option of text values that is not required and takes any value. */
  public OptionSpec(List<String> names, String dest, @Nullable String argument, String description,
      @Nullable String defaultValue) {
    this(names, dest, argument, description, defaultValue, String.class, false, List.of(), false);
  }

  /** Returns a flag, stored under its name. */
  public static OptionSpec flag(String name, String description) {
    return new OptionSpec(List.of(name), name, null, description, null);
  }

  /** Returns an option that takes a value labelled {@code argument}, stored under its name. */
  public static OptionSpec withValue(String name, String argument, String description) {
    return new OptionSpec(List.of(name), name, argument, description, null);
  }

  /**
   * Returns a positional parameter named {@code name}, labelled {@code label} in help ({@code FILE}): the first word
   * after the command that is neither an option nor an override ({@code key=value}, {@code +key=value},
   * {@code ~key}) goes to the first parameter, and so on. It takes types, choices, a default and {@link #required()}
   * as an option does, and hooks read it the same way, under its name.
   */
  public static OptionSpec parameter(String name, String label, String description) {
    return new OptionSpec(List.of(name), name, Objects.requireNonNull(label, "label"), description, null,
        String.class, false, List.of(), true);
  }

  /** Returns this option with another default value. */
  public OptionSpec withDefault(@Nullable String value) {
    return new OptionSpec(names, dest, argument, description, value, type, mandatory, choices, positional);
  }

  /**
   * Returns this option taking values of {@code valueType}: {@code Integer.class}, {@code Path.class}, an enum.
   *
   * @throws IllegalArgumentException if an option cannot take such values, or this one is a flag
   */
  public OptionSpec ofType(Class<?> valueType) {
    return new OptionSpec(names, dest, argument, description, defaultValue, valueType, mandatory, List.of(),
        positional);
  }

  /** Returns this option as one the command line must give. */
  public OptionSpec required() {
    return new OptionSpec(names, dest, argument, description, defaultValue, type, true, choices, positional);
  }

  /** Returns this option taking only {@code values}. */
  public OptionSpec withChoices(String... values) {
    return new OptionSpec(names, dest, argument, description, defaultValue, type, mandatory, List.of(values),
        positional);
  }

  /** Returns whether this option takes a value. */
  public boolean takesValue() {
    return argument != null;
  }

  /** Returns the names as typed on the command line: {@code -c} and {@code --cfg}; none for a positional parameter. */
  public List<String> flags() {
    return positional ? List.of() : names.stream().map(name -> name.length() == 1 ? "-" + name : "--" + name).toList();
  }

  /**
   * Checks {@code value}, given for this option, against its type and choices.
   *
   * @throws InputException if it is not one of its values; the message says what it takes ({@code takes a whole
   *     number, not 'x'}), and the caller names the option before it
   */
  public void check(String value) {
    check(value, type, choices);
  }

  private static void check(String value, Class<?> type, List<String> choices) {
    Object converted = OptionValues.convert(value, type);
    String given = converted instanceof Enum<?> constant ? constant.name() : value.strip();
    if (!choices.isEmpty() && !choices.contains(given)) {
      throw new InputException("takes one of " + String.join(", ", choices) + ", not '" + value + "'"
          + Suggestions.didYouMean(value.strip(), choices));
    }
  }
}

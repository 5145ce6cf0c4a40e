package io.hookline;

import io.hookline.command.internal.OptionValues;
import io.hookline.config.internal.Names;
import io.hookline.config.internal.Suggestions;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One command-line option of a command, as data: parser hooks add these to a {@link CommandSpec}, and the command
 * line is parsed from them.
 *
 * <p>Contract: immutable; made by {@link #flag}, {@link #withValue} or {@link #parameter}, and changed by the
 * {@code with…} methods, each of which returns a new option. Names are given without dashes; a one-letter name is a
 * short option ({@code -c}), a longer one a long option ({@code --cfg}); short flags cluster ({@code -xvf}). An option
 * with an {@code argument} label takes a value ({@code --cfg FILE}, {@code --cfg=FILE}); one without is a flag.
 * Parsed values are stored in {@link Invocation#options()} under {@code dest}, as text; each is checked against the
 * option's type and choices when the command line is read, so that {@link Invocation#option(String, Class)} converts
 * it without fail. An option given more than once keeps every value, in order
 * ({@link Invocation#values(String, Class)}); a {@link #negatable()} flag keeps {@code true} or {@code false}, and a
 * {@link #counted()} one the number of times it was given.
 */
public final class OptionSpec {

  private final List<String> names;
  private final String dest;
  private final @Nullable String argument;
  private final String description;
  private final @Nullable String defaultValue;
  private final Class<?> type;
  private final @Nullable Function<String, ?> converter;
  private final boolean mandatory;
  private final List<String> choices;
  private final boolean positional;
  private final Form form;
  private final @Nullable String separator;
  private final boolean hidden;
  private final @Nullable String deprecation;
  private final @Nullable String environment;
  private final @Nullable String defaultSource;

  /** How a flag counts, or how a value is read. */
  private enum Form { PLAIN, NEGATABLE, COUNTED, SPLIT, KEYED }

  private OptionSpec(List<String> names, String dest, @Nullable String argument, String description,
      @Nullable String defaultValue, Class<?> type, @Nullable Function<String, ?> converter, boolean mandatory,
      List<String> choices, boolean positional, Form form, @Nullable String separator, boolean hidden,
      @Nullable String deprecation, @Nullable String environment, @Nullable String defaultSource) {
    this.names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an option needs at least one name");
    }
    for (String name : names) {
      if (!Names.isName(name)) {
        throw new IllegalArgumentException("option name '" + name + "' must be letters, digits, '-', '_' or '.', "
            + "given without leading dashes");
      }
    }
    this.dest = Objects.requireNonNull(dest, "dest");
    this.argument = argument;
    this.description = Objects.requireNonNull(description, "description");
    this.type = OptionValues.boxed(Objects.requireNonNull(type, "type"));
    this.converter = converter;
    this.mandatory = mandatory;
    this.choices = List.copyOf(choices.isEmpty() && this.type.isEnum() ? OptionValues.constants(this.type) : choices);
    this.positional = positional;
    this.form = form;
    this.separator = separator;
    this.hidden = hidden;
    this.deprecation = deprecation;
    this.environment = environment;
    this.defaultSource = defaultSource;
    boolean flag = argument == null;
    if (flag && (this.type != String.class || converter != null || mandatory || !this.choices.isEmpty() || positional
        || form == Form.SPLIT || form == Form.KEYED)) {
      throw new IllegalArgumentException("option '" + names.get(0) + "' is a flag: it takes no value, so it has no"
          + " type, choices, requirement, separator or keys");
    }
    if (!flag && (form == Form.NEGATABLE || form == Form.COUNTED)) {
      throw new IllegalArgumentException("option '" + names.get(0) + "' takes a value, so it is neither negatable"
          + " nor counted: those are flags");
    }
    if (form == Form.NEGATABLE && names.stream().noneMatch(name -> name.length() > 1)) {
      throw new IllegalArgumentException("option '" + names.get(0) + "' has no long name to write as --no-NAME");
    }
    boolean readable = converter != null || OptionValues.known(this.type);
    if (defaultValue != null && defaultSource == null && !flag && readable) {
      try {
        check(defaultValue);
      } catch (InputException e) {
        throw new IllegalArgumentException("option '" + names.get(0) + "': its default " + e.getMessage(), e);
      }
    }
    this.defaultValue = defaultValue;
  }

  private OptionSpec with(List<String> newNames, String newDest, @Nullable String newDefault, Class<?> newType,
      @Nullable Function<String, ?> newConverter, boolean newMandatory, List<String> newChoices, Form newForm,
      @Nullable String newSeparator) {
    return new OptionSpec(newNames, newDest, argument, description, newDefault, newType, newConverter, newMandatory,
        newChoices, positional, newForm, newSeparator, hidden, deprecation, environment,
        Objects.equals(newDefault, defaultValue) ? defaultSource : null);
  }

  /** Returns a flag, stored under its name. */
  public static OptionSpec flag(String name, String description) {
    return new OptionSpec(List.of(name), name, null, description, null, String.class, null, false, List.of(), false,
        Form.PLAIN, null, false, null, null, null);
  }

  /** Returns an option that takes a value labelled {@code argument}, stored under its name. */
  public static OptionSpec withValue(String name, String argument, String description) {
    return new OptionSpec(List.of(name), name, Objects.requireNonNull(argument, "argument"), description, null,
        String.class, null, false, List.of(), false, Form.PLAIN, null, false, null, null, null);
  }

  /**
   * Returns a positional parameter named {@code name}, labelled {@code label} in help ({@code FILE}): the first word
   * after the command that is neither an option nor an override ({@code key=value}, {@code +key=value},
   * {@code ~key}) goes to the first parameter, and so on. It takes types, choices, a default and {@link #required()}
   * as an option does, and hooks read it the same way, under its name.
   */
  public static OptionSpec parameter(String name, String label, String description) {
    return new OptionSpec(List.of(name), name, Objects.requireNonNull(label, "label"), description, null,
        String.class, null, false, List.of(), true, Form.PLAIN, null, false, null, null, null);
  }

  /** Returns this option with more names ({@code c} beside {@code cfg}), each as good as the first. */
  public OptionSpec withAliases(String... more) {
    List<String> all = new java.util.ArrayList<>(names);
    all.addAll(List.of(more));
    return with(all, dest, defaultValue, type, converter, mandatory, choices, form, separator);
  }

  /** Returns this option storing its values under {@code key} instead of its first name. */
  public OptionSpec storedAs(String key) {
    return with(names, key, defaultValue, type, converter, mandatory, choices, form, separator);
  }

  /** Returns this option with another default value. */
  public OptionSpec withDefault(@Nullable String value) {
    return with(names, dest, value, type, converter, mandatory, choices, form, separator);
  }

  /**
   * Returns this option taking values of {@code valueType}: {@code Integer.class}, {@code Path.class},
   * {@code Duration.class}, an enum, or a type that the app has a converter for ({@link App#converter}).
   *
   * @throws IllegalArgumentException if this one is a flag
   */
  public OptionSpec ofType(Class<?> valueType) {
    return with(names, dest, defaultValue, valueType, null, mandatory, List.of(), form, separator);
  }

  /**
   * Returns this option taking values of {@code valueType}, read from their text by {@code reader}, which throws
   * (any exception) for a text that is no such value: the command line then says so in one line.
   *
   * @throws IllegalArgumentException if this one is a flag
   */
  public <T> OptionSpec ofType(Class<T> valueType, Function<String, ? extends T> reader) {
    return with(names, dest, defaultValue, valueType, Objects.requireNonNull(reader, "reader"), mandatory, List.of(),
        form, separator);
  }

  /** Returns this option as one the command line must give. */
  public OptionSpec required() {
    return with(names, dest, defaultValue, type, converter, true, choices, form, separator);
  }

  /** Returns this option taking only {@code values}. */
  public OptionSpec withChoices(String... values) {
    return with(names, dest, defaultValue, type, converter, mandatory, List.of(values), form, separator);
  }

  /**
   * Returns this flag with a negative form: {@code --no-color} beside {@code --color}, shown as {@code --[no-]color};
   * the last one given wins, and the flag keeps {@code true} or {@code false}.
   */
  public OptionSpec negatable() {
    return with(names, dest, defaultValue, type, converter, mandatory, choices, formed(Form.NEGATABLE), separator);
  }

  /** Returns this flag counted: {@code -vvv} keeps {@code 3}, read as {@code option("v", Integer.class)}. */
  public OptionSpec counted() {
    return with(names, dest, defaultValue, type, converter, mandatory, choices, formed(Form.COUNTED), separator);
  }

  /** Returns this option taking several values in one, split at {@code regexSeparator}: {@code --tags a,b} for ",". */
  public OptionSpec split(String regexSeparator) {
    return with(names, dest, defaultValue, type, converter, mandatory, choices, formed(Form.SPLIT),
        Objects.requireNonNull(regexSeparator, "separator"));
  }

  /**
   * Returns this option taking {@code KEY=VALUE} pairs, as {@code -Dkey=value}, repeated; its values are checked
   * against its type, and read with {@link Invocation#map(String, Class)}.
   */
  public OptionSpec keyed() {
    return with(names, dest, defaultValue, type, converter, mandatory, choices, formed(Form.KEYED), separator);
  }

  /** Returns {@code wanted}, the form this option takes, unless it has another already. */
  private Form formed(Form wanted) {
    if (form != Form.PLAIN && form != wanted) {
      throw new IllegalArgumentException("option '" + names.get(0) + "' is " + name(form) + " already, so it cannot"
          + " be " + name(wanted) + " too");
    }
    return wanted;
  }

  private static String name(Form form) {
    return form.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Returns this option left out of help and completion, and still taken on the command line. */
  public OptionSpec hidden() {
    return new OptionSpec(names, dest, argument, description, defaultValue, type, converter, mandatory, choices,
        positional, form, separator, true, deprecation, environment, defaultSource);
  }

  /**
   * Returns this option still taken, with a warning each time it is given: {@code option '--colour' of command 'go'
   * is deprecated: } followed by {@code advice}, which names what to write instead ({@code write --color}). It is left
   * out of help and completion.
   */
  public OptionSpec deprecated(String advice) {
    return new OptionSpec(names, dest, argument, description, defaultValue, type, converter, mandatory, choices,
        positional, form, separator, true, Objects.requireNonNull(advice, "advice"), environment, defaultSource);
  }

  /**
   * Returns this option taking its default from the environment variable {@code variable} when the command line
   * leaves it out and the variable is set; help says so.
   */
  public OptionSpec withEnvironment(String variable) {
    return new OptionSpec(names, dest, argument, description, defaultValue, type, converter, mandatory, choices,
        positional, form, separator, hidden, deprecation, Objects.requireNonNull(variable, "variable"), defaultSource);
  }

  /**
   * Returns this option with the default {@code value}, which came from {@code source} ({@code $TOOL_LIMIT}, a file):
   * help shows where, and the value is checked when the command line is read, as a given value is.
   */
  public OptionSpec withDefault(String value, String source) {
    return new OptionSpec(names, dest, argument, description, Objects.requireNonNull(value, "value"), type, converter,
        mandatory, choices, positional, form, separator, hidden, deprecation, environment,
        Objects.requireNonNull(source, "source"));
  }

  /** Returns the environment variable its default comes from when set, or {@code null}. */
  public @Nullable String environment() {
    return environment;
  }

  /** Returns where its default came from, if not from the program ({@code $TOOL_LIMIT}, a file), or {@code null}. */
  public @Nullable String defaultSource() {
    return defaultSource;
  }

  /** Returns whether help and completion leave this option out. */
  public boolean isHidden() {
    return hidden;
  }

  /** Returns what a deprecated option's warning advises, or {@code null} if it is not deprecated. */
  public @Nullable String deprecation() {
    return deprecation;
  }

  /** Returns the option's names, without dashes; the first is the one shown first in help. */
  public List<String> names() {
    return names;
  }

  /** Returns the key its values are stored under in the invocation. */
  public String dest() {
    return dest;
  }

  /** Returns the label of its value in help ({@code FILE}), or {@code null} for a flag. */
  public @Nullable String argument() {
    return argument;
  }

  /** Returns what the option does, for help. */
  public String description() {
    return description;
  }

  /** Returns the value used when the option is absent, shown in help, or {@code null}. */
  public @Nullable String defaultValue() {
    return defaultValue;
  }

  /** Returns the type of its value ({@code String} for a flag; a primitive type stands for its box). */
  public Class<?> type() {
    return type;
  }

  /** Returns the reader of its values given with {@link #ofType(Class, Function)}, or {@code null}. */
  public @Nullable Function<String, ?> converter() {
    return converter;
  }

  /** Returns whether the command line must give it. */
  public boolean mandatory() {
    return mandatory;
  }

  /** Returns the values it takes, if only some (an enum's constants, unless given). */
  public List<String> choices() {
    return choices;
  }

  /** Returns whether it is a positional parameter, given by its place, with no flag of its own. */
  public boolean positional() {
    return positional;
  }

  /** Returns whether this flag has a {@code --no-} form. */
  public boolean isNegatable() {
    return form == Form.NEGATABLE;
  }

  /** Returns whether this flag is counted. */
  public boolean isCounted() {
    return form == Form.COUNTED;
  }

  /** Returns whether this option takes {@code KEY=VALUE} pairs. */
  public boolean isKeyed() {
    return form == Form.KEYED;
  }

  /** Returns the separator its values are split at, or {@code null}. */
  public @Nullable String separator() {
    return separator;
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
   * Checks {@code value}, given for this option, against its type and choices; a keyed option's value is
   * {@code KEY=VALUE}, whose value is checked.
   *
   * @throws InputException if it is not one of its values; the message says what it takes ({@code takes a whole
   *     number, not 'x'}), and the caller names the option before it
   */
  public void check(String value) {
    String checked = value;
    if (form == Form.KEYED) {
      int equals = value.indexOf('=');
      if (equals <= 0) {
        throw new InputException("takes KEY=VALUE, not '" + value + "'");
      }
      checked = value.substring(equals + 1);
    }
    Object converted = OptionValues.convert(checked, type, converter);
    String given = converted instanceof Enum<?> constant ? constant.name() : checked.strip();
    if (!choices.isEmpty() && !choices.contains(given)) {
      throw new InputException("takes one of " + String.join(", ", choices) + ", not '" + checked + "'"
          + Suggestions.didYouMean(checked.strip(), choices));
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OptionSpec that && names.equals(that.names) && dest.equals(that.dest)
        && Objects.equals(argument, that.argument) && description.equals(that.description)
        && Objects.equals(defaultValue, that.defaultValue) && type == that.type && converter == that.converter
        && mandatory == that.mandatory && choices.equals(that.choices) && positional == that.positional
        && form == that.form && Objects.equals(separator, that.separator) && hidden == that.hidden
        && Objects.equals(deprecation, that.deprecation) && Objects.equals(environment, that.environment)
        && Objects.equals(defaultSource, that.defaultSource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(names, dest, argument, type, form);
  }

  @Override
  public String toString() {
    return "OptionSpec" + flags() + (argument == null ? "" : " " + argument) + (form == Form.PLAIN ? ""
        : " " + name(form));
  }
}

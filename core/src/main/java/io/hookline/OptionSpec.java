package io.hookline;

import io.hookline.command.internal.OptionText;
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
  private final int minValues;
  private final int maxValues;
  private final @Nullable String group;
  private final @Nullable Rule rule;
  private final @Nullable String prompt;
  private final boolean secret;

  /** How a flag counts, or how a value is read. */
  private enum Form { PLAIN, NEGATABLE, COUNTED, SPLIT, KEYED }

  /** How many of a group's options the command line may give, in the words help uses. */
  private enum Rule {
    AT_MOST_ONE("one at most"), EXACTLY_ONE("exactly one"), ALL_OR_NONE("all or none");

    final String words;

    Rule(String words) {
      this.words = words;
    }
  }

  /** An option's fields, copied from one option and changed by a wither before it makes the next. */
  private static final class Draft {
    List<String> names;
    String dest;
    @Nullable String argument;
    String description;
    @Nullable String defaultValue;
    Class<?> type = String.class;
    @Nullable Function<String, ?> converter;
    boolean mandatory;
    List<String> choices = List.of();
    boolean positional;
    Form form = Form.PLAIN;
    @Nullable String separator;
    boolean hidden;
    @Nullable String deprecation;
    @Nullable String environment;
    @Nullable String defaultSource;
    int minValues = 1;
    int maxValues = 1;
    @Nullable String group;
    @Nullable Rule rule;
    @Nullable String prompt;
    boolean secret;

    Draft(String name, @Nullable String argument, String description, boolean positional) {
      this.names = List.of(name);
      this.dest = name;
      this.argument = argument;
      this.description = description;
      this.positional = positional;
    }

    Draft(OptionSpec from) {
      names = from.names;
      dest = from.dest;
      argument = from.argument;
      description = from.description;
      defaultValue = from.defaultValue;
      type = from.type;
      converter = from.converter;
      mandatory = from.mandatory;
      choices = from.choices;
      positional = from.positional;
      form = from.form;
      separator = from.separator;
      hidden = from.hidden;
      deprecation = from.deprecation;
      environment = from.environment;
      defaultSource = from.defaultSource;
      minValues = from.minValues;
      maxValues = from.maxValues;
      group = from.group;
      rule = from.rule;
      prompt = from.prompt;
      secret = from.secret;
    }
  }

  private OptionSpec(Draft draft) {
    this.names = List.copyOf(draft.names);
    for (String name : names) {
      if (!Names.isName(name)) {
        throw new IllegalArgumentException("option name '" + name + "' must be letters, digits, '-', '_' or '.', "
            + "given without leading dashes");
      }
    }
    this.dest = Objects.requireNonNull(draft.dest, "dest");
    this.argument = draft.argument;
    this.description = Objects.requireNonNull(draft.description, "description");
    this.type = OptionValues.boxed(Objects.requireNonNull(draft.type, "type"));
    this.converter = draft.converter;
    this.mandatory = draft.mandatory;
    this.choices = List.copyOf(draft.choices.isEmpty() && type.isEnum() ? OptionValues.constants(type)
        : draft.choices);
    this.positional = draft.positional;
    this.form = draft.form;
    this.separator = draft.separator;
    this.hidden = draft.hidden;
    this.deprecation = draft.deprecation;
    this.environment = draft.environment;
    this.defaultSource = draft.defaultSource;
    this.minValues = draft.minValues;
    this.maxValues = draft.maxValues;
    this.defaultValue = draft.defaultValue;
    this.group = draft.group;
    this.rule = draft.rule;
    this.prompt = draft.prompt;
    this.secret = draft.secret;
    check();
  }

  /** Checks that the fields make one option. */
  private void check() {
    String name = names.get(0);
    boolean flag = argument == null;
    if (flag && (type != String.class || converter != null || mandatory || !choices.isEmpty() || positional
        || form == Form.SPLIT || form == Form.KEYED || maxValues > 1)) {
      throw new IllegalArgumentException("option '" + name + "' is a flag: it takes no value, so it has no"
          + " type, choices, requirement, separator, keys or arity");
    }
    if (!flag && (form == Form.NEGATABLE || form == Form.COUNTED)) {
      throw new IllegalArgumentException("option '" + name + "' takes a value, so it is neither negatable"
          + " nor counted: those are flags");
    }
    if (form == Form.NEGATABLE && names.stream().noneMatch(each -> each.length() > 1)) {
      throw new IllegalArgumentException("option '" + name + "' has no long name to write as --no-NAME");
    }
    if (flag && secret) {
      throw new IllegalArgumentException("option '" + name + "' is a flag, so it has no value to keep secret");
    }
    if (positional && group != null) {
      throw new IllegalArgumentException("parameter '" + name + "' is given by its place, so it is in no group");
    }
    if (minValues < 1 || maxValues < minValues || positional && maxValues > 1) {
      throw new IllegalArgumentException("option '" + name + "': an arity is at least 1 value, and at most as many as"
          + " its least or more, and only an option's, not a parameter's; not " + minValues + ".." + maxValues);
    }
    boolean readable = converter != null || OptionValues.known(type);
    if (defaultValue != null && defaultSource == null && !flag && readable) {
      try {
        check(defaultValue);
      } catch (InputException e) {
        throw new IllegalArgumentException("option '" + name + "': its default " + e.getMessage(), e);
      }
    }
  }

  /** Returns the option that {@code change} makes of a copy of this one's fields. */
  private OptionSpec with(java.util.function.Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    if (!Objects.equals(draft.defaultValue, defaultValue) && Objects.equals(draft.defaultSource, defaultSource)) {
      draft.defaultSource = null; // a default given in code comes from the program
    }
    return new OptionSpec(draft);
  }

  /** Returns a flag, stored under its name. */
  public static OptionSpec flag(String name, String description) {
    return new OptionSpec(new Draft(name, null, description, false));
  }

  /** Returns an option that takes a value labelled {@code argument}, stored under its name. */
  public static OptionSpec withValue(String name, String argument, String description) {
    return new OptionSpec(new Draft(name, Objects.requireNonNull(argument, "argument"), description, false));
  }

  /**
   * Returns a positional parameter named {@code name}, labelled {@code label} in help ({@code FILE}): the first word
   * after the command that is neither an option nor an override ({@code key=value}, {@code +key=value},
   * {@code ~key}) goes to the first parameter, and so on. It takes types, choices, a default and {@link #required()}
   * as an option does, and hooks read it the same way, under its name.
   */
  public static OptionSpec parameter(String name, String label, String description) {
    return new OptionSpec(new Draft(name, Objects.requireNonNull(label, "label"), description, true));
  }

  /** Returns this option with more names ({@code c} beside {@code cfg}), each as good as the first. */
  public OptionSpec withAliases(String... more) {
    List<String> all = new java.util.ArrayList<>(names);
    all.addAll(List.of(more));
    return with(draft -> draft.names = all);
  }

  /** Returns this option storing its values under {@code key} instead of its first name. */
  public OptionSpec storedAs(String key) {
    return with(draft -> draft.dest = Objects.requireNonNull(key, "key"));
  }

  /** Returns this option with another default value. */
  public OptionSpec withDefault(@Nullable String value) {
    return with(draft -> draft.defaultValue = value);
  }

  /**
   * Returns this option taking values of {@code valueType}: {@code Integer.class}, {@code Path.class},
   * {@code Duration.class}, an enum, or a type that the app has a converter for ({@link App#converter}).
   *
   * @throws IllegalArgumentException if this one is a flag
   */
  public OptionSpec ofType(Class<?> valueType) {
    return with(draft -> {
      draft.type = valueType;
      draft.converter = null;
      draft.choices = List.of();
    });
  }

  /**
   * Returns this option taking values of {@code valueType}, read from their text by {@code reader}, which throws
   * (any exception) for a text that is no such value: the command line then says so in one line.
   *
   * @throws IllegalArgumentException if this one is a flag
   */
  public <T> OptionSpec ofType(Class<T> valueType, Function<String, ? extends T> reader) {
    Objects.requireNonNull(reader, "reader");
    return with(draft -> {
      draft.type = valueType;
      draft.converter = reader;
      draft.choices = List.of();
    });
  }

  /** Returns this option as one the command line must give. */
  public OptionSpec required() {
    return with(draft -> draft.mandatory = true);
  }

  /** Returns this option taking only {@code values}. */
  public OptionSpec withChoices(String... values) {
    return with(draft -> draft.choices = List.of(values));
  }

  /**
   * Returns this flag with a negative form: {@code --no-color} beside {@code --color}, shown as {@code --[no-]color};
   * the last one given wins, and the flag keeps {@code true} or {@code false}.
   */
  public OptionSpec negatable() {
    Form next = formed(Form.NEGATABLE);
    return with(draft -> draft.form = next);
  }

  /** Returns this flag counted: {@code -vvv} keeps {@code 3}, read as {@code option("v", Integer.class)}. */
  public OptionSpec counted() {
    Form next = formed(Form.COUNTED);
    return with(draft -> draft.form = next);
  }

  /** Returns this option taking several values in one, split at {@code regexSeparator}: {@code --tags a,b} for ",". */
  public OptionSpec split(String regexSeparator) {
    Form next = formed(Form.SPLIT);
    Objects.requireNonNull(regexSeparator, "separator");
    return with(draft -> {
      draft.form = next;
      draft.separator = regexSeparator;
    });
  }

  /**
   * Returns this option taking {@code KEY=VALUE} pairs, as {@code -Dkey=value}, repeated; its values are checked
   * against its type, and read with {@link Invocation#map(String, Class)}.
   */
  public OptionSpec keyed() {
    Form next = formed(Form.KEYED);
    return with(draft -> draft.form = next);
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
    return with(draft -> draft.hidden = true);
  }

  /**
   * Returns this option still taken, with a warning each time it is given: {@code option '--colour' of command 'go'
   * is deprecated: } followed by {@code advice}, which names what to write instead ({@code write --color}). It is left
   * out of help and completion.
   */
  public OptionSpec deprecated(String advice) {
    Objects.requireNonNull(advice, "advice");
    return with(draft -> {
      draft.hidden = true;
      draft.deprecation = advice;
    });
  }

  /**
   * Returns this option taking its default from the environment variable {@code variable} when the command line
   * leaves it out and the variable is set; help says so.
   */
  public OptionSpec withEnvironment(String variable) {
    Objects.requireNonNull(variable, "variable");
    return with(draft -> draft.environment = variable);
  }

  /**
   * Returns this option with the default {@code value}, which came from {@code source} ({@code $TOOL_LIMIT}, a file):
   * help shows where, and the value is checked when the command line is read, as a given value is.
   */
  public OptionSpec withDefault(String value, String source) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    return with(draft -> {
      draft.defaultValue = value;
      draft.defaultSource = source;
    });
  }

  /**
   * Returns this option in the group named {@code group}, of whose options the command line may give one at most
   * ({@code --json} or {@code --yaml}); help lists a group's options under its name.
   */
  public OptionSpec exclusiveIn(String group) {
    return grouped(group, Rule.AT_MOST_ONE);
  }

  /** Returns this option in the group named {@code group}, of whose options the command line must give exactly one. */
  public OptionSpec exactlyOneIn(String group) {
    return grouped(group, Rule.EXACTLY_ONE);
  }

  /**
   * Returns this option in the group named {@code group}, whose options the command line gives all or none of
   * ({@code --user} with {@code --password}).
   */
  public OptionSpec togetherIn(String group) {
    return grouped(group, Rule.ALL_OR_NONE);
  }

  private OptionSpec grouped(String name, Rule how) {
    Objects.requireNonNull(name, "group");
    if (name.isBlank()) {
      throw new IllegalArgumentException("option '" + names.get(0) + "': a group's name is its title in help, so it"
          + " is not blank");
    }
    return with(draft -> {
      draft.group = name;
      draft.rule = how;
    });
  }

  /** Returns the name of the group it is in, or {@code null}. */
  public @Nullable String group() {
    return group;
  }

  /**
   * Returns how many of its group's options the command line may give, as help says it: {@code one at most},
   * {@code exactly one} or {@code all or none}; {@code null} outside a group.
   */
  public @Nullable String groupRule() {
    return rule == null ? null : rule.words;
  }

  /**
   * Returns this option asked for on the terminal when the command line leaves it out and it has no default: the
   * {@code question} is shown, and the answer is checked as a given value is, and asked again if it does not fit. A
   * flag's question is a confirmation ({@code Drop every table?}), answered {@code y} or {@code n}: the flag skips it
   * ({@code --yes}), and a command not confirmed does not run. Without a terminal, a required option and a
   * confirmation are one line that says what to give; any other option is left out. It is asked once, before any job.
   */
  public OptionSpec prompted(String question) {
    Objects.requireNonNull(question, "question");
    return with(draft -> draft.prompt = question);
  }

  /**
   * Returns this option's value kept secret: asked without echo when {@link #prompted}, shown as {@code ********} in
   * errors, and written to no file a run leaves ({@code --rerun} and {@code --resume} ask for it again); a worker in
   * another process is given it in its environment.
   */
  public OptionSpec secret() {
    return with(draft -> draft.secret = true);
  }

  /** Returns the question it is asked with when left out, or {@code null}. */
  public @Nullable String prompt() {
    return prompt;
  }

  /** Returns whether its value is secret. */
  public boolean isSecret() {
    return secret;
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

  /**
   * Returns this option taking from {@code least} to {@code most} values at each use ({@code --point 1 2} for 2..2):
   * the words after it, up to the next option or override; {@link Invocation#values} gives every value, in order.
   *
   * @throws IllegalArgumentException unless 1 &lt;= least &lt;= most, for an option that takes a value
   */
  public OptionSpec withArity(int least, int most) {
    return with(draft -> {
      draft.minValues = least;
      draft.maxValues = most;
    });
  }

  /** Returns the fewest values it takes at each use. */
  public int minValues() {
    return minValues;
  }

  /** Returns the most values it takes at each use. */
  public int maxValues() {
    return maxValues;
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
    if (positional) {
      return List.of();
    }
    List<String> flags = new java.util.ArrayList<>(names.size()); // a loop, not a stream: every program asks at start
    for (String name : names) {
      flags.add(name.length() == 1 ? "-" + name : "--" + name);
    }
    return List.copyOf(flags);
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
    Object converted = OptionText.convert(checked, type, converter);
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
        && Objects.equals(defaultSource, that.defaultSource) && minValues == that.minValues
        && maxValues == that.maxValues && Objects.equals(group, that.group) && rule == that.rule
        && Objects.equals(prompt, that.prompt) && secret == that.secret;
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

package io.hookline.command;

import io.hookline.config.internal.Names;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One command-line option of a command, as data: parser hooks add these to a {@link CommandSpec}, and the command
 * line is parsed from them.
 *
 * <p>Contract: immutable. Names are given without dashes; a one-letter name is a short option ({@code -c}), a longer
 * one a long option ({@code --cfg}). An option with an {@code argument} label takes a value ({@code --cfg FILE}); one
 * without is a flag. Parsed values are stored in {@link Invocation#options()} under {@code dest}.
 *
 * @param names the option's names, without dashes; the first is the one shown first in help
 * @param dest the key its values are stored under in the invocation
 * @param argument the label of its value in help ({@code FILE}), or {@code null} for a flag
 * @param description what the option does, for help
 * @param defaultValue the value used when the option is absent, shown in help, or {@code null}
 */
public record OptionSpec(
    List<String> names, String dest, @Nullable String argument, String description, @Nullable String defaultValue) {

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
  }

  /** Returns a flag, stored under its name. */
  public static OptionSpec flag(String name, String description) {
    return new OptionSpec(List.of(name), name, null, description, null);
  }

  /** Returns an option that takes a value labelled {@code argument}, stored under its name. */
  public static OptionSpec withValue(String name, String argument, String description) {
    return new OptionSpec(List.of(name), name, argument, description, null);
  }

  /** Returns this option with another default value. */
  public OptionSpec withDefault(@Nullable String value) {
    return new OptionSpec(names, dest, argument, description, value);
  }

  /** Returns whether this option takes a value. */
  public boolean takesValue() {
    return argument != null;
  }

  /** Returns the names as typed on the command line: {@code -c} and {@code --cfg}. */
  public List<String> flags() {
    return names.stream().map(name -> name.length() == 1 ? "-" + name : "--" + name).toList();
  }
}

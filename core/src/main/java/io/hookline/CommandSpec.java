package io.hookline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a command looks like from the command line: its name, description, configs and options. Parser hooks are
 * {@link io.hookline.pipeline.Hook hooks} over a command spec: each returns the spec with its options added, when the
 * command is registered.
 *
 * <p>Contract: immutable. Option names are unique within a command: adding an option whose name or destination is
 * taken is an error.
 *
 * @param command the command's name
 * @param description what the command does, for help
 * @param configs the command's configs, in order
 * @param options the options the parser hooks added, in order
 */
public record CommandSpec(String command, String description, List<ConfigSpec<?>> configs, List<OptionSpec> options) {

  /** Copies the lists. */
  public CommandSpec {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(description, "description");
    configs = List.copyOf(configs);
    options = List.copyOf(options);
  }

  /**
   * Returns this spec with {@code option} added.
   *
   * @throws IllegalArgumentException if one of its names or its destination is already taken
   */
  public CommandSpec withOption(OptionSpec option) {
    for (OptionSpec existing : options) {
      for (String name : option.names()) {
        if (existing.names().contains(name)) {
          throw new IllegalArgumentException("command '" + command + "' already has an option named '" + name + "'");
        }
      }
      if (option.group() != null && option.group().equals(existing.group())
          && !Objects.equals(option.groupRule(), existing.groupRule())) {
        throw new IllegalArgumentException("command '" + command + "' has option '" + existing.names().get(0)
            + "' in group '" + option.group() + "' as " + existing.groupRule() + ", so '" + option.names().get(0)
            + "' cannot join it as " + option.groupRule() + ": a group has one rule");
      }
      if (existing.dest().equals(option.dest())) {
        throw new IllegalArgumentException(
            "command '" + command + "' already stores an option under '" + option.dest() + "'");
      }
    }
    List<OptionSpec> more = new ArrayList<>(options);
    more.add(option);
    return new CommandSpec(command, description, configs, more);
  }
}

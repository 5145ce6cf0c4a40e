package io.hookline.command;

import io.hookline.config.ConfigSpec;
import io.hookline.config.internal.Names;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import io.hookline.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A named command: what runs, the configs it takes, its own (local) hooks, and how it departs from the app's global
 * hooks and configs.
 *
 * <p>Contract: immutable; every method returns a new command. What runs is either a {@link CommandBody} (a lambda or
 * method reference) or a class whose public constructor takes the configs and which has a public {@code run()}
 * method. A command's effective hooks are the global hooks, with this command's edits to them (forget, override)
 * applied, followed stage by stage by its local hooks; its effective configs are the global configs it did not
 * forget, followed by its own. See {@link Hooks#andThen} for how global and local hooks are piped.
 */
public final class Command {

  private final String name;
  private final String description;
  private final CommandTarget target;
  private final List<ConfigSpec<?>> configs;
  private final Hooks hooks;
  private final List<UnaryOperator<Hooks>> globalEdits;
  private final Set<String> forgottenConfigs;
  private final List<UnaryOperator<Hooks>> stageArounds;

  private Command(String name, String description, CommandTarget target, List<ConfigSpec<?>> configs, Hooks hooks,
      List<UnaryOperator<Hooks>> globalEdits, Set<String> forgottenConfigs, List<UnaryOperator<Hooks>> stageArounds) {
    this.name = name;
    this.description = description;
    this.target = target;
    this.configs = List.copyOf(configs);
    this.hooks = hooks;
    this.globalEdits = List.copyOf(globalEdits);
    this.forgottenConfigs = Set.copyOf(forgottenConfigs);
    this.stageArounds = List.copyOf(stageArounds);
  }

  /** Returns a command that runs {@code body}. */
  public static Command of(String name, CommandBody body) {
    return create(name, CommandTarget.of(body));
  }

  /** Returns a command built from {@code type}'s public constructor and run by its public {@code run()} method. */
  public static Command of(String name, Class<?> type) {
    return create(name, CommandTarget.of(type));
  }

  private static Command create(String name, CommandTarget target) {
    Objects.requireNonNull(name, "name");
    if (!Names.isName(name)) {
      throw new IllegalArgumentException("command name '" + name
          + "' must start with a letter or digit and hold only letters, digits, '-', '_' and '.'");
    }
    return new Command(name, "", target, List.of(), Hooks.empty(), List.of(), Set.of(), List.of());
  }

  /** Returns the name the command is invoked by. */
  public String name() {
    return name;
  }

  /** Returns the one-line description shown in help, or an empty string. */
  public String description() {
    return description;
  }

  /** Returns what runs: a body or a class. */
  public CommandTarget target() {
    return target;
  }

  /** Returns the command's own configs, in order. */
  public List<ConfigSpec<?>> configs() {
    return configs;
  }

  /** Returns the command's local hooks. */
  public Hooks hooks() {
    return hooks;
  }

  /** Returns this command with a description for help. */
  public Command describedAs(String newDescription) {
    return new Command(name, Objects.requireNonNull(newDescription, "description"), target, configs, hooks,
        globalEdits, forgottenConfigs, stageArounds);
  }

  /** Returns this command with {@code config} added after its other configs. */
  public Command withConfig(ConfigSpec<?> config) {
    List<ConfigSpec<?>> more = new ArrayList<>(configs);
    more.add(Objects.requireNonNull(config, "config"));
    return new Command(name, description, target, more, hooks, globalEdits, forgottenConfigs, stageArounds);
  }

  /** Returns this command without its own config {@code id}, or this command if it has none. */
  public Command withoutConfig(String id) {
    List<ConfigSpec<?>> fewer = new ArrayList<>(configs);
    fewer.removeIf(config -> config.id().equals(id));
    return fewer.size() == configs.size() ? this
        : new Command(name, description, target, fewer, hooks, globalEdits, forgottenConfigs, stageArounds);
  }

  /** Returns this command with {@code newHooks} as its local hooks. */
  public Command withHooks(Hooks newHooks) {
    return new Command(name, description, target, configs, Objects.requireNonNull(newHooks, "hooks"), globalEdits,
        forgottenConfigs, stageArounds);
  }

  /** Returns this command with the local hook {@code hook} added to {@code stage} under {@code key}. */
  public Command andThen(Stage stage, String key, Hook<Invocation> hook) {
    return withHooks(hooks.andThen(stage, key, hook));
  }

  /**
   * Returns this command with {@code around} wrapping the whole of {@code stage} under {@code key}: the app's hooks
   * of that stage and the command's own. Arounds added later wrap those added earlier.
   */
  public Command around(Stage stage, String key, Around<Invocation> around) {
    Objects.requireNonNull(around, "around");
    List<UnaryOperator<Hooks>> more = new ArrayList<>(stageArounds);
    more.add(effective -> effective.around(stage, key, around));
    return new Command(name, description, target, configs, hooks, globalEdits, forgottenConfigs, more);
  }

  /** Returns this command with the local parser hook {@code hook} under {@code key}. */
  public Command andThenParser(String key, Hook<CommandSpec> hook) {
    return withHooks(hooks.andThenParser(key, hook));
  }

  /** Returns this command without the global hook {@code key} of {@code stage}; other commands keep it. */
  public Command forgetGlobal(Stage stage, String key) {
    return withGlobalEdit(global -> global.forget(stage, key));
  }

  /** Returns this command without any global hook of {@code stage}; other commands keep them. */
  public Command forgetGlobal(Stage stage) {
    return withGlobalEdit(global -> global.with(stage, Pipeline.empty()));
  }

  /** Returns this command without the global parser hook {@code key}; other commands keep it. */
  public Command forgetGlobalParser(String key) {
    return withGlobalEdit(global -> global.forgetParser(key));
  }

  /** Returns this command with the global hook {@code key} of {@code stage} replaced in place by {@code hook}. */
  public Command overrideGlobal(Stage stage, String key, Hook<Invocation> hook) {
    return withGlobalEdit(global -> global.override(stage, key, hook));
  }

  /** Returns this command with the global around {@code key} of {@code stage} replaced in place by {@code around}. */
  public Command overrideGlobal(Stage stage, String key, Around<Invocation> around) {
    return withGlobalEdit(global -> global.override(stage, key, around));
  }

  /** Returns this command with the global parser hook {@code key} replaced in place by {@code hook}. */
  public Command overrideGlobalParser(String key, Hook<CommandSpec> hook) {
    return withGlobalEdit(global -> global.overrideParser(key, hook));
  }

  /** Returns this command without the global config {@code id}, which it may then declare again as its own. */
  public Command forgetGlobalConfig(String id) {
    Set<String> more = new HashSet<>(forgottenConfigs);
    more.add(Objects.requireNonNull(id, "id"));
    return new Command(name, description, target, configs, hooks, globalEdits, more, stageArounds);
  }

  /**
   * Returns this command's effective hooks under the app's {@code global} hooks: the global ones with this command's
   * edits applied, in the order they were made, followed stage by stage by the local ones, and the whole wrapped in
   * this command's arounds.
   *
   * @throws IllegalArgumentException if an edit names a global hook that is not there, or a local hook has the key
   *     of a global one in the same stage
   */
  public Hooks effectiveHooks(Hooks global) {
    Hooks edited = global;
    for (UnaryOperator<Hooks> edit : globalEdits) {
      edited = edit.apply(edited);
    }
    Hooks effective = edited.andThen(hooks);
    for (UnaryOperator<Hooks> around : stageArounds) {
      effective = around.apply(effective);
    }
    return effective;
  }

  /**
   * Returns this command's effective configs under the app's {@code global} configs: those it did not forget, then its
   * own.
   *
   * @throws IllegalArgumentException if it forgets a global config that is not there
   */
  public List<ConfigSpec<?>> effectiveConfigs(List<ConfigSpec<?>> global) {
    List<ConfigSpec<?>> all = new ArrayList<>();
    Set<String> globalIds = new LinkedHashSet<>();
    for (ConfigSpec<?> spec : global) {
      globalIds.add(spec.id());
      if (!forgottenConfigs.contains(spec.id())) {
        all.add(spec);
      }
    }
    for (String id : forgottenConfigs) {
      if (!globalIds.contains(id)) {
        throw new IllegalArgumentException("command '" + name + "' forgets the global config '" + id
            + "', but there is none; the global configs are " + globalIds);
      }
    }
    all.addAll(configs);
    return all;
  }

  @Override
  public String toString() {
    return "Command[" + name + "]";
  }

  private Command withGlobalEdit(UnaryOperator<Hooks> edit) {
    List<UnaryOperator<Hooks>> more = new ArrayList<>(globalEdits);
    more.add(edit);
    return new Command(name, description, target, configs, hooks, more, forgottenConfigs, stageArounds);
  }
}

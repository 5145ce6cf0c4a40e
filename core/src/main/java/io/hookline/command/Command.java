package io.hookline.command;

import io.hookline.command.internal.Layer;
import io.hookline.config.ConfigSpec;
import io.hookline.config.internal.Names;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import io.hookline.pipeline.Pipeline;
import java.util.List;
import java.util.Objects;

/**
 * A named command: what runs, the configs it takes, its own (local) hooks, and how it departs from the app's global
 * hooks and configs.
 *
 * <p>Contract: immutable; every method returns a new command. What runs is either a {@link CommandBody} (a lambda or
 * method reference) or a class whose public constructor takes the configs and which has a public {@code run()}
 * method. A command's effective hooks are the global hooks, with this command's edits to them (forget, override)
 * applied, followed stage by stage by its local hooks; its effective configs are the global configs it did not
 * forget, followed by its own. In a {@link Group}, "global" means everything the command inherits: the app's hooks and
 * configs with those of each group it is in, outermost first. See {@link Hooks#andThen} for how global and local hooks
 * are piped.
 */
public final class Command {

  private final String name;
  private final String description;
  private final CommandTarget target;
  private final Layer layer;
  private final boolean freshJvmPerJob;

  private Command(String name, String description, CommandTarget target, Layer layer, boolean freshJvmPerJob) {
    this.name = name;
    this.description = description;
    this.target = target;
    this.layer = layer;
    this.freshJvmPerJob = freshJvmPerJob;
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
    return new Command(checkedName("command", name), "", target, Layer.EMPTY, false);
  }

  /** Returns {@code name} if a command or a group may be named so. */
  static String checkedName(String kind, String name) {
    Objects.requireNonNull(name, "name");
    if (!Names.isName(name)) {
      throw new IllegalArgumentException(kind + " name '" + name
          + "' must start with a letter or digit and hold only letters, digits, '-', '_' and '.'");
    }
    return name;
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
    return layer.configs();
  }

  /** Returns the command's local hooks. */
  public Hooks hooks() {
    return layer.own();
  }

  /** Returns this command with a description for help. */
  public Command describedAs(String newDescription) {
    return new Command(name, Objects.requireNonNull(newDescription, "description"), target, layer, freshJvmPerJob);
  }

  /**
   * Returns this command with each of its jobs run in a JVM of its own when a launcher runs jobs in other processes,
   * even one that reuses its workers ({@code launcher.reuse=true}): for a command whose jobs leave static state behind
   * (a cache, a registry, a native library's state) that the next job must not see.
   */
  public Command withFreshJvmPerJob() {
    return new Command(name, description, target, layer, true);
  }

  /** Returns whether each job of this command needs a JVM of its own; see {@link #withFreshJvmPerJob}. */
  public boolean freshJvmPerJob() {
    return freshJvmPerJob;
  }

  /** Returns this command with {@code config} added after its other configs. */
  public Command withConfig(ConfigSpec<?> config) {
    return with(layer.withConfig(config));
  }

  /** Returns this command without its own config {@code id}, or this command if it has none. */
  public Command withoutConfig(String id) {
    return with(layer.withoutConfig(id));
  }

  /** Returns this command with {@code newHooks} as its local hooks. */
  public Command withHooks(Hooks newHooks) {
    return with(layer.withHooks(Objects.requireNonNull(newHooks, "hooks")));
  }

  /** Returns this command with the local hook {@code hook} added to {@code stage} under {@code key}. */
  public Command andThen(Stage stage, String key, Hook<Invocation> hook) {
    return withHooks(hooks().andThen(stage, key, hook));
  }

  /**
   * Returns this command with {@code around} wrapping the whole of {@code stage} under {@code key}: the app's hooks
   * of that stage and the command's own. Arounds added later wrap those added earlier.
   */
  public Command around(Stage stage, String key, Around<Invocation> around) {
    Objects.requireNonNull(around, "around");
    return with(layer.withAround(effective -> effective.around(stage, key, around)));
  }

  /** Returns this command with the local parser hook {@code hook} under {@code key}. */
  public Command andThenParser(String key, Hook<CommandSpec> hook) {
    return withHooks(hooks().andThenParser(key, hook));
  }

  /** Returns this command without the global hook {@code key} of {@code stage}; other commands keep it. */
  public Command forgetGlobal(Stage stage, String key) {
    return with(layer.withEdit(global -> global.forget(stage, key)));
  }

  /** Returns this command without any global hook of {@code stage}; other commands keep them. */
  public Command forgetGlobal(Stage stage) {
    return with(layer.withEdit(global -> global.with(stage, Pipeline.empty())));
  }

  /** Returns this command without the global parser hook {@code key}; other commands keep it. */
  public Command forgetGlobalParser(String key) {
    return with(layer.withEdit(global -> global.forgetParser(key)));
  }

  /** Returns this command with the global hook {@code key} of {@code stage} replaced in place by {@code hook}. */
  public Command overrideGlobal(Stage stage, String key, Hook<Invocation> hook) {
    return with(layer.withEdit(global -> global.override(stage, key, hook)));
  }

  /** Returns this command with the global around {@code key} of {@code stage} replaced in place by {@code around}. */
  public Command overrideGlobal(Stage stage, String key, Around<Invocation> around) {
    return with(layer.withEdit(global -> global.override(stage, key, around)));
  }

  /** Returns this command with the global parser hook {@code key} replaced in place by {@code hook}. */
  public Command overrideGlobalParser(String key, Hook<CommandSpec> hook) {
    return with(layer.withEdit(global -> global.overrideParser(key, hook)));
  }

  /** Returns this command without the global config {@code id}, which it may then declare again as its own. */
  public Command forgetGlobalConfig(String id) {
    return with(layer.forgetting(id));
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
    return layer.hooks(global);
  }

  /**
   * Returns this command's effective configs under the app's {@code global} configs: those it did not forget, then its
   * own.
   *
   * @throws IllegalArgumentException if it forgets a global config that is not there
   */
  public List<ConfigSpec<?>> effectiveConfigs(List<ConfigSpec<?>> global) {
    return layer.configs("command '" + name + "'", global);
  }

  @Override
  public String toString() {
    return "Command[" + name + "]";
  }

  private Command with(Layer newLayer) {
    return new Command(name, description, target, newLayer, freshJvmPerJob);
  }
}

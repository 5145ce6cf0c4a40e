package io.hookline.command;

import io.hookline.command.internal.Layer;
import io.hookline.config.ConfigSpec;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import io.hookline.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named group of commands, invoked as {@code app db migrate}: its commands and nested groups, and the hooks and
 * configs it gives them.
 *
 * <p>Contract: immutable; every method returns a new group. Names are unique within a group, across its commands and
 * groups. A group is a layer between the app and its commands: its hooks run after the app's (global) hooks and before
 * each command's own (local) ones, stage by stage, and its configs come after the app's and before each command's.
 * It may forget or override what it inherits, as a command may; its commands then inherit what it made of it, and
 * their own {@code forgetGlobal}/{@code overrideGlobal} act on that. A group is resolved only when it is added to an
 * app: mistakes in it (a forgotten hook that is not there) are reported then.
 */
public final class Group {

  private final String name;
  private final String description;
  private final List<Command> commands;
  private final List<Group> groups;
  private final Layer layer;

  private Group(String name, String description, List<Command> commands, List<Group> groups, Layer layer) {
    this.name = name;
    this.description = description;
    this.commands = List.copyOf(commands);
    this.groups = List.copyOf(groups);
    this.layer = layer;
  }

  /** Returns an empty group named {@code name}: the word that selects it on the command line. */
  public static Group named(String name) {
    return new Group(Command.checkedName("group", name), "", List.of(), List.of(), Layer.EMPTY);
  }

  /** Returns the group's name. */
  public String name() {
    return name;
  }

  /** Returns the one-line description shown in help, or an empty string. */
  public String description() {
    return description;
  }

  /** Returns the group's commands, in the order they were added. */
  public List<Command> commands() {
    return commands;
  }

  /** Returns the groups nested in this one, in the order they were added. */
  public List<Group> groups() {
    return groups;
  }

  /** Returns the group's own configs, in order. */
  public List<ConfigSpec<?>> configs() {
    return layer.configs();
  }

  /** Returns the group's own hooks. */
  public Hooks hooks() {
    return layer.own();
  }

  /** Returns this group with a description for help. */
  public Group describedAs(String newDescription) {
    return new Group(name, Objects.requireNonNull(newDescription, "description"), commands, groups, layer);
  }

  /**
   * Returns this group with {@code command} added.
   *
   * @throws IllegalArgumentException if the group has a command or a group of that name
   */
  public Group command(Command command) {
    checkFree("command", command.name());
    List<Command> more = new ArrayList<>(commands);
    more.add(command);
    return new Group(name, description, more, groups, layer);
  }

  /**
   * Returns this group with {@code group} nested in it.
   *
   * @throws IllegalArgumentException if the group has a command or a group of that name
   */
  public Group group(Group group) {
    checkFree("group", group.name());
    List<Group> more = new ArrayList<>(groups);
    more.add(group);
    return new Group(name, description, commands, more, layer);
  }

  /**
   * Returns this group with {@code option} added to each of its commands, by a parser hook of the group: it may come
   * before the command's name ({@code app db --dry-run migrate}) and is listed in the group's help.
   */
  public Group option(OptionSpec option) {
    Objects.requireNonNull(option, "option");
    return andThenParser("option " + option.dest(), spec -> spec.withOption(option));
  }

  /** Returns this group with {@code config} after its other configs: each of its commands gets it. */
  public Group withConfig(ConfigSpec<?> config) {
    return with(layer.withConfig(config));
  }

  /** Returns this group with {@code newHooks} as its own hooks. */
  public Group withHooks(Hooks newHooks) {
    return with(layer.withHooks(Objects.requireNonNull(newHooks, "hooks")));
  }

  /** Returns this group with {@code hook} added to {@code stage} under {@code key}, after the app's hooks. */
  public Group andThen(Stage stage, String key, Hook<Invocation> hook) {
    return withHooks(hooks().andThen(stage, key, hook));
  }

  /**
   * Returns this group with {@code around} wrapping the whole of {@code stage} under {@code key}: the app's hooks of
   * that stage and the group's own, not those its commands add.
   */
  public Group around(Stage stage, String key, Around<Invocation> around) {
    Objects.requireNonNull(around, "around");
    return with(layer.withAround(effective -> effective.around(stage, key, around)));
  }

  /** Returns this group with the parser hook {@code hook} under {@code key}, run for each of its commands. */
  public Group andThenParser(String key, Hook<CommandSpec> hook) {
    return withHooks(hooks().andThenParser(key, hook));
  }

  /** Returns this group without the inherited hook {@code key} of {@code stage}. */
  public Group forgetGlobal(Stage stage, String key) {
    return with(layer.withEdit(global -> global.forget(stage, key)));
  }

  /** Returns this group without any inherited hook of {@code stage}. */
  public Group forgetGlobal(Stage stage) {
    return with(layer.withEdit(global -> global.with(stage, Pipeline.empty())));
  }

  /** Returns this group without the inherited parser hook {@code key}. */
  public Group forgetGlobalParser(String key) {
    return with(layer.withEdit(global -> global.forgetParser(key)));
  }

  /** Returns this group with the inherited hook {@code key} of {@code stage} replaced in place by {@code hook}. */
  public Group overrideGlobal(Stage stage, String key, Hook<Invocation> hook) {
    return with(layer.withEdit(global -> global.override(stage, key, hook)));
  }

  /** Returns this group without the inherited config {@code id}. */
  public Group forgetGlobalConfig(String id) {
    return with(layer.forgetting(id));
  }

  /**
   * Returns the hooks this group's commands inherit, under {@code inherited}: those with the group's edits applied,
   * then the group's own, the whole wrapped in its arounds.
   *
   * @throws IllegalArgumentException if an edit names a hook that is not there, or an own hook has the key of an
   *     inherited one in the same stage
   */
  public Hooks effectiveHooks(Hooks inherited) {
    return layer.hooks(inherited);
  }

  /**
   * Returns the configs this group's commands inherit, under {@code inherited}: those it did not forget, then its own.
   *
   * @throws IllegalArgumentException if it forgets a config that is not inherited
   */
  public List<ConfigSpec<?>> effectiveConfigs(List<ConfigSpec<?>> inherited) {
    return layer.configs("group '" + name + "'", inherited);
  }

  @Override
  public String toString() {
    return "Group[" + name + "]";
  }

  private void checkFree(String kind, String member) {
    if (commands.stream().anyMatch(command -> command.name().equals(member))
        || groups.stream().anyMatch(group -> group.name().equals(member))) {
      throw new IllegalArgumentException(kind + " '" + name + " " + member + "' is already registered");
    }
  }

  private Group with(Layer newLayer) {
    return new Group(name, description, commands, groups, newLayer);
  }
}

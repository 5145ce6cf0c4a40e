package io.hookline;

import io.hookline.command.internal.Layer;
import java.util.ArrayList;
import java.util.List;

/**
 * A named group of commands, invoked as {@code app db migrate}: its commands and nested groups, and the hooks and
 * configs it gives them ({@link Scope} has the verbs it shares with a {@link Command}).
 *
 * <p>Contract: immutable; every method returns a new group. Names are unique within a group, across its commands and
 * groups. A group is a layer between the app and its commands: its hooks run after the app's and before each
 * command's own, stage by stage, and its configs come after the app's and before each command's. What it forgets or
 * overrides of what it inherits, its commands inherit so, and their own {@code forget}/{@code override} act on that.
 * A group is resolved only when it is added to an app: mistakes in it (a forgotten hook that is not there) are
 * reported then.
 */
public final class Group extends Scope<Group> {

  private final List<Command> commands;
  private final List<Group> groups;

  private Group(String name, String description, List<Command> commands, List<Group> groups, Layer layer) {
    super("group", name, description, layer);
    this.commands = List.copyOf(commands);
    this.groups = List.copyOf(groups);
  }

  /** Returns an empty group named {@code name}: the word that selects it on the command line. */
  public static Group named(String name) {
    return new Group(name, "", List.of(), List.of(), Layer.EMPTY);
  }

  /** Returns the group's commands, in the order they were added. */
  public List<Command> commands() {
    return commands;
  }

  /** Returns the groups nested in this one, in the order they were added. */
  public List<Group> groups() {
    return groups;
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
    return new Group(name(), description(), more, groups, layer());
  }

  /** Returns this group with a command that runs {@code body}; see {@link Command#of(String, Body)}. */
  public Group command(String name, Body body) {
    return command(Command.of(name, body));
  }

  /** Returns this group with a command that takes a config of class {@code a}, the inherited one if there is one. */
  public <A> Group command(String name, Class<A> a, Body.Of1<A> body) {
    return command(Command.of(name, a, body));
  }

  /** Returns this group with a command that takes configs of classes {@code a} and {@code b}. */
  public <A, B> Group command(String name, Class<A> a, Class<B> b, Body.Of2<A, B> body) {
    return command(Command.of(name, a, b, body));
  }

  /** Returns this group with a command that takes configs of classes {@code a}, {@code b} and {@code c}. */
  public <A, B, C> Group command(String name, Class<A> a, Class<B> b, Class<C> c, Body.Of3<A, B, C> body) {
    return command(Command.of(name, a, b, c, body));
  }

  /** Returns this group with a command that takes configs of classes {@code a}, {@code b}, {@code c} and {@code d}. */
  public <A, B, C, D> Group command(String name, Class<A> a, Class<B> b, Class<C> c, Class<D> d,
      Body.Of4<A, B, C, D> body) {
    return command(Command.of(name, a, b, c, d, body));
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
    return new Group(name(), description(), commands, more, layer());
  }

  private void checkFree(String kind, String member) {
    if (commands.stream().anyMatch(command -> command.name().equals(member))
        || groups.stream().anyMatch(group -> group.name().equals(member))) {
      throw new IllegalArgumentException(kind + " '" + name() + " " + member + "' is already registered");
    }
  }

  @Override
  Group with(String newDescription, Layer newLayer) {
    return new Group(name(), newDescription, commands, groups, newLayer);
  }
}

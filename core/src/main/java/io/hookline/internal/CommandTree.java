package io.hookline.internal;

import io.hookline.Command;
import io.hookline.CommandSpec;
import io.hookline.ConfigSpec;
import io.hookline.Configs;
import io.hookline.Group;
import io.hookline.Hooks;
import io.hookline.OptionSpec;
import io.hookline.cli.ReservedNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An app's commands and groups, resolved: each command under its path ({@code "train"}, {@code "db migrate"}) with the
 * hooks and configs it has from the app and its groups, and each group under its path with its members.
 *
 * <p>Contract: immutable. The root (the app itself) is the group of path {@code ""}, whose description is the app's.
 * A group's members are its commands, then its groups, each in the order added.
 *
 * <p>A hidden command is in {@code commands} and not among its group's members; a command's aliases are paths of
 * {@code aliases}, which no command or group has.
 *
 * @param commands every command, by path, in the order added (depth first)
 * @param groups every group, by path, the root first
 * @param aliases the path of each command's alias ({@code "db m"}) and the command's path ({@code "db migrate"})
 */
public record CommandTree(Map<String, ResolvedCommand> commands, Map<String, Listing> groups,
    Map<String, String> aliases) {

  /** An app with no commands. */
  public static final CommandTree EMPTY = new CommandTree(Map.of(), Map.of("", new Listing("", List.of())), Map.of());

  /**
   * A group as help and the command line see it.
   *
   * @param description its description, for help
   * @param members the paths of its commands, then of its groups
   */
  public record Listing(String description, List<String> members) {

    /** Copies the members. */
    public Listing {
      members = List.copyOf(members);
    }
  }

  /** Copies the maps, keeping their order. */
  public CommandTree {
    commands = Collections.unmodifiableMap(new LinkedHashMap<>(commands));
    groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
  }

  /**
   * Returns this tree with {@code command} added at the top, resolved under the app's {@code hooks} and {@code configs}.
   *
   * @throws IllegalArgumentException if the app has a command or group of that name, or the command does not resolve
   */
  public CommandTree plus(Command command, Hooks hooks, List<ConfigSpec<?>> configs) {
    Map<String, ResolvedCommand> moreCommands = new LinkedHashMap<>(commands);
    Map<String, Listing> moreGroups = new LinkedHashMap<>(groups);
    Map<String, String> moreAliases = new LinkedHashMap<>(aliases);
    add("", command, hooks, configs, new Parts(moreCommands, moreGroups, moreAliases));
    return new CommandTree(moreCommands, moreGroups, moreAliases);
  }

  /**
   * Returns this tree with {@code group} added at the top, its commands resolved under the app's {@code hooks} and
   * {@code configs}.
   *
   * @throws IllegalArgumentException if the app has a command or group of that name, or a command does not resolve
   */
  public CommandTree plus(Group group, Hooks hooks, List<ConfigSpec<?>> configs) {
    Map<String, ResolvedCommand> moreCommands = new LinkedHashMap<>(commands);
    Map<String, Listing> moreGroups = new LinkedHashMap<>(groups);
    Map<String, String> moreAliases = new LinkedHashMap<>(aliases);
    add("", group, hooks, configs, new Parts(moreCommands, moreGroups, moreAliases));
    return new CommandTree(moreCommands, moreGroups, moreAliases);
  }

  /** The maps a tree is built into. */
  private record Parts(Map<String, ResolvedCommand> commands, Map<String, Listing> groups,
      Map<String, String> aliases) {}

  /** Returns the command at {@code path}, or at the path an alias there stands for, or {@code null}. */
  public @Nullable ResolvedCommand command(String path) {
    ResolvedCommand command = commands.get(path);
    return command != null || !aliases.containsKey(path) ? command : commands.get(aliases.get(path));
  }

  /**
   * Returns each group's path with the names of its members and of its commands' aliases, in order, for completion.
   */
  public Map<String, List<String>> memberNamesWithAliases() {
    Map<String, List<String>> names = memberNames();
    Map<String, List<String>> all = new LinkedHashMap<>();
    names.forEach((path, members) -> {
      List<String> more = new ArrayList<>(members);
      aliases.forEach((alias, target) -> {
        ResolvedCommand command = commands.get(target);
        if (parentOf(alias).equals(path) && command != null && !command.command().isHidden()) {
          more.add(name(alias));
        }
      });
      all.put(path, more);
    });
    return all;
  }

  /**
   * Returns the specs of the commands that completion offers: each command that is not hidden, then one for each of
   * its aliases, named by the alias's path, so that an alias's options complete as its command's do.
   */
  public List<CommandSpec> completedSpecs() {
    List<CommandSpec> specs = new ArrayList<>();
    commands.values().stream().filter(command -> !command.command().isHidden()).forEach(command -> specs.add(
        command.spec()));
    aliases.forEach((alias, target) -> {
      ResolvedCommand command = commands.get(target);
      if (command != null && !command.command().isHidden()) {
        CommandSpec spec = command.spec();
        specs.add(new CommandSpec(alias, spec.description(), spec.configs(), spec.options()));
      }
    });
    return specs;
  }

  private static String parentOf(String path) {
    int space = path.lastIndexOf(' ');
    return space < 0 ? "" : path.substring(0, space);
  }

  /** Returns the paths of every command, in order. */
  public List<String> commandPaths() {
    return List.copyOf(commands.keySet());
  }

  /** Returns the names (the last words) of the members of the group at {@code path}. */
  public List<String> memberNames(String path) {
    return groups.get(path).members().stream().map(CommandTree::name).toList();
  }

  /** Returns each group's path (the app's is {@code ""}) with the names of its members, in order. */
  public Map<String, List<String>> memberNames() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    groups.keySet().forEach(path -> names.put(path, memberNames(path)));
    return names;
  }

  /** Returns the description of the member at {@code path}: a command's or a group's. */
  public String description(String path) {
    ResolvedCommand command = commands.get(path);
    return command != null ? command.spec().description() : groups.get(path).description();
  }

  /** Returns the specs of the commands under the group at {@code path}, at any depth, in order. */
  public List<CommandSpec> specsUnder(String path) {
    return commands.entrySet().stream().filter(entry -> path.isEmpty() || entry.getKey().startsWith(path + " "))
        .map(entry -> entry.getValue().spec()).toList();
  }

  /** Returns the path of {@code name} in the group at {@code parent}. */
  public static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + " " + name;
  }

  /** Returns the name of the command or group at {@code path}: its last word. */
  public static String name(String path) {
    return path.substring(path.lastIndexOf(' ') + 1);
  }

  private static void add(String parent, Command command, Hooks hooks, List<ConfigSpec<?>> configs, Parts parts) {
    String path = claim(parent, "command", command.name(), parts, !command.isHidden());
    for (String alias : command.aliases()) {
      String aliasPath = child(parent, alias);
      if (parts.commands().containsKey(aliasPath) || parts.groups().containsKey(aliasPath)
          || parts.aliases().containsKey(aliasPath)) {
        throw new IllegalArgumentException("command '" + path + "': its alias '" + alias + "' is the name of another"
            + " command or group, or another's alias");
      }
      parts.aliases().put(aliasPath, path);
    }
    List<ConfigSpec<?>> effectiveConfigs = command.effectiveConfigs(configs);
    try {
      Configs.of(effectiveConfigs);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("command '" + path + "': " + e.getMessage(), e);
    }
    Hooks effective = command.effectiveHooks(hooks);
    CommandSpec spec = effective.describe(new CommandSpec(path, command.description(), effectiveConfigs, List.of()));
    for (OptionSpec option : spec.options()) {
      ReservedNames.check("command '" + path + "'", option);
    }
    parts.commands().put(path, new ResolvedCommand(command, effective, effectiveConfigs, spec));
  }

  private static void add(String parent, Group group, Hooks hooks, List<ConfigSpec<?>> configs, Parts parts) {
    String path = claim(parent, "group", group.name(), parts, true);
    parts.groups().put(path, new Listing(group.description(), List.of()));
    Hooks inheritedHooks = group.effectiveHooks(hooks);
    List<ConfigSpec<?>> inheritedConfigs = group.effectiveConfigs(configs);
    for (Command command : group.commands()) {
      add(path, command, inheritedHooks, inheritedConfigs, parts);
    }
    for (Group nested : group.groups()) {
      add(path, nested, inheritedHooks, inheritedConfigs, parts);
    }
    if (group.commands().isEmpty() && group.groups().isEmpty()) {
      throw new IllegalArgumentException("group '" + path + "' has no commands");
    }
  }

  /**
   * Returns the path of the {@code kind} {@code name} under {@code parent}, listed as a member of the parent if
   * {@code listed}.
   */
  private static String claim(String parent, String kind, String name, Parts parts, boolean listed) {
    String path = child(parent, name);
    String taken = parts.commands().containsKey(path) ? "command" : parts.groups().containsKey(path) ? "group"
        : parts.aliases().containsKey(path) ? "n alias of command '" + parts.aliases().get(path) + "'" : null;
    if (taken != null) {
      throw new IllegalArgumentException(kind + " '" + path + "' is already registered"
          + (taken.equals(kind) ? "" : " as a" + (taken.startsWith("n ") ? taken : " " + taken)));
    }
    if (listed) {
      Listing listing = parts.groups().get(parent);
      List<String> members = new ArrayList<>(listing.members());
      members.add(path);
      parts.groups().put(parent, new Listing(listing.description(), members));
    }
    return path;
  }
}

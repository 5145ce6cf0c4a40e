package io.hookline.compose.internal;

import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.config.internal.Suggestions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One expansion of the defaults tree, for a given set of choices: from the primary config down, each entry's options
 * are read and expanded in turn, depth first, in list order.
 *
 * <p>Contract: the expansion records, in depth-first order, every group entry with its key and choice, every
 * {@code override} entry, and every config with the package its content goes to, in the order the contents are
 * merged. It fails at the first entry that cannot be expanded: a missing config or option, a group chosen twice, a
 * {@code ???} left unchosen, a bad interpolation, a config that includes itself. Whether the {@code override} entries
 * agree with the choices it was given is for {@link Composer} to judge.
 */
final class DefaultsTree {

  private static final int MAX_DEPTH = 64;
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

  /**
   * A config whose content is merged, at its package.
   *
   * @param file the config
   * @param pkg the package its content goes to
   * @param parent the config whose defaults list holds it, or {@code <root>}
   */
  record Placed(ConfigFile file, String pkg, String parent) {}

  /**
   * A group entry of the tree.
   *
   * @param key its override key: {@code group} when its package is the group's path ({@code server/db} at
   *     {@code server.db}), {@code group@package} otherwise
   * @param group its absolute group path
   * @param entry the entry as written
   * @param choice the choice it ended with
   * @param by where that choice came from: the entry, the command line, or an override entry
   * @param position its place in depth-first order
   * @param deleted whether the command line deleted it
   */
  record Registered(String key, String group, Entry.Group entry, GroupChoice choice, String by, int position,
      boolean deleted) {}

  /**
   * An {@code override} entry of the tree.
   *
   * @param key the override key it changes
   * @param entry the entry as written
   * @param position its place in depth-first order
   */
  record OverrideUse(String key, Entry.Group entry, int position) {}

  private final SearchPath search;
  private final Map<String, GroupChoice> chosen;
  private final Map<String, String> chosenBy;
  private final Requests requests;
  private final Map<String, List<String>> extensions;
  /** The options the groups ended with in the last expansion, for references to groups chosen later; null at first. */
  private final @Nullable Map<String, String> later;

  final Map<String, Registered> registered = new LinkedHashMap<>();
  final List<OverrideUse> overrides = new ArrayList<>();
  final List<Placed> placed = new ArrayList<>();
  final List<String> lines = new ArrayList<>();
  /** What each package of an entry holds, as messages name it: {@code group 'db'} or {@code config 'server/apache'}. */
  final Map<String, String> packages = new LinkedHashMap<>();
  /** Appended options whose group is already a list of options: they extend it, in the next expansion. */
  final Map<String, List<String>> extend = new LinkedHashMap<>();
  /** Whether an entry named a group chosen after it, so that the tree must be expanded again knowing its choice. */
  boolean deferred;
  /** The options of groups chosen later that entries used, by key: they must be what those groups end with. */
  final Map<String, String> usedLater = new LinkedHashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private int position;

  /**
   * Prepares an expansion.
   *
   * @param chosen each key's choice where the command line or an override entry makes one
   * @param chosenBy where each of those choices came from
   * @param extensions options appended to groups that are lists of options
   * @param later the option each group ended with in the last expansion, or {@code null} in the first
   */
  DefaultsTree(SearchPath search, Map<String, GroupChoice> chosen, Map<String, String> chosenBy, Requests requests,
      Map<String, List<String>> extensions, @Nullable Map<String, String> later) {
    this.search = search;
    this.chosen = chosen;
    this.chosenBy = chosenBy;
    this.requests = requests;
    this.extensions = extensions;
    this.later = later;
  }

  /** Returns the option each group of one option ended with, by key. */
  Map<String, String> endedWith() {
    Map<String, String> options = new LinkedHashMap<>();
    registered.forEach((key, entry) -> {
      if (!entry.deleted() && entry.choice() instanceof GroupChoice.One one) {
        options.put(key, one.option());
      }
    });
    return options;
  }

  /** Expands the tree from {@code primary}. */
  DefaultsTree expand(ConfigFile primary) {
    lines.add("<root>:");
    lines.add("  " + primary.path() + ":");
    expand(primary, packageOf(primary), "<root>", 1, true);
    return this;
  }

  /** Returns the package of the primary config's content: the root, unless its {@code # @package} header says. */
  static String packageOf(ConfigFile primary) {
    return primary.header() == null ? "" : Packages.resolve(primary.header(), "", true);
  }

  /** Returns the config at {@code path}, or {@code null} if no source has it. */
  @Nullable ConfigFile load(String path) {
    return search.config(path);
  }

  private void expand(ConfigFile file, String pkg, String parent, int depth, boolean primary) {
    if (stack.contains(file.path())) {
      throw new CompositionException(Code.MALFORMED, file.shown() + ": the config includes itself: "
          + String.join(" -> ", stack) + " -> " + file.path());
    }
    if (depth > MAX_DEPTH) {
      throw new CompositionException(Code.MALFORMED, file.shown() + ": defaults lists nested more than " + MAX_DEPTH
          + " deep");
    }
    stack.push(file.path());
    List<Entry> entries = new ArrayList<>(file.entries());
    if (entries.stream().noneMatch(entry -> entry instanceof Entry.Self)) {
      entries.add(new Entry.Self(file.shown()));
    }
    if (primary) {
      entries.addAll(requests.appends());
    }
    String indent = "  ".repeat(depth + 1);
    for (Entry entry : entries) {
      if (entry instanceof Entry.Self) {
        placed.add(new Placed(file, pkg, parent));
        lines.add(indent + "_self_");
      } else if (entry instanceof Entry.Config config) {
        config(config, file, pkg, depth, indent);
      } else {
        Entry.Group group = (Entry.Group) entry;
        Keyed keyed = keyed(group, file, pkg);
        if (group.override()) {
          overrides.add(new OverrideUse(keyed.key(), group, position++));
          lines.add(indent + "override " + keyed.key() + ": " + group.choice().show());
        } else {
          group(group, keyed, file, pkg, depth, indent);
        }
      }
    }
    stack.pop();
  }

  private void config(Entry.Config written, ConfigFile file, String pkg, int depth, String indent) {
    Entry.Config config = written;
    if (written.path().contains("${")) {
      String resolved = interpolate(written.path(), written.origin());
      if (resolved == null) {
        deferred = true; // a group chosen later decides it: the next expansion knows that group's choice
        return;
      }
      config = new Entry.Config(Packages.checkPath(resolved, "config path", written.origin()), written.absolute(),
          written.pkg(), written.origin());
    }
    String path = config.absolute() ? config.path() : Packages.joinPath(file.group(), config.path());
    ConfigFile child = load(path);
    if (child == null) {
      String group = Packages.groupOf(path);
      throw new CompositionException(Code.MISSING_CONFIG, config.origin() + ": no config '" + path + "' in the search"
          + " path " + search.describe() + Suggestions.didYouMean(path, search.options(group).stream()
              .map(option -> Packages.joinPath(group, option)).toList()));
    }
    String childPkg = config.pkg() != null ? Packages.resolve(config.pkg(), pkg, config.absolute())
        : child.header() != null ? Packages.resolve(child.header(), pkg, true)
        : config.absolute() ? Packages.dotted(Packages.groupOf(path))
        : Packages.join(pkg, Packages.dotted(Packages.groupOf(config.path())));
    lines.add(indent + path + ":");
    packages.putIfAbsent(childPkg, "config '" + path + "' (" + config.origin() + ")");
    expand(child, childPkg, file.path(), depth + 1, false);
  }

  private void group(Entry.Group entry, Keyed keyed, ConfigFile file, String pkg, int depth, String indent) {
    String key = keyed.key();
    boolean appended = requests.appends().contains(entry);
    if (registered.containsKey(key)) {
      chosenAgain(entry, key, appended);
      return;
    }
    GroupChoice choice = entry.choice();
    String by = entry.origin();
    if (chosen.containsKey(key)) {
      choice = chosen.get(key);
      by = chosenBy.get(key);
    }
    List<String> more = extensions.get(key);
    if (more != null && choice instanceof GroupChoice.Many many) {
      List<String> items = new ArrayList<>(many.items());
      items.addAll(more);
      choice = new GroupChoice.Many(items);
    }
    if (choice instanceof GroupChoice.Template template) {
      String option = interpolate(template.template(), by);
      if (option == null) {
        deferred = true; // a group chosen later decides it: the next expansion knows that group's choice
        return;
      }
      choice = new GroupChoice.One(option);
    }
    GroupChoice kept = afterDeletion(key, choice, by);
    boolean deleted = kept == null;
    choice = deleted ? choice : kept;
    registered.put(key, new Registered(key, keyed.group(), entry, choice, by, position++, deleted));
    packages.putIfAbsent(keyed.entryPkg(), "group '" + key + "' (" + entry.origin() + ")");
    lines.add(indent + key + ": " + choice.show() + (deleted ? " (deleted)" : ""));
    if (deleted) {
      return;
    }
    if (choice instanceof GroupChoice.Mandatory) {
      throw new CompositionException(Code.MANDATORY, entry.origin() + ": group '" + key + "' needs an option; choose"
          + " one, as in " + key + "=" + firstOr(search.options(keyed.group()), "OPTION") + "; the options are "
          + search.options(keyed.group()));
    }
    for (String option : choice.options()) {
      String path = keyed.group() + "/" + option;
      ConfigFile child = Packages.isPath(option) ? load(path) : null;
      if (child == null) {
        if (entry.optional() && by.equals(entry.origin())) {
          continue;
        }
        throw unknownOption(keyed.group(), option, by);
      }
      String childPkg = entry.pkg() != null ? keyed.entryPkg()
          : child.header() != null ? Packages.resolve(child.header(), pkg, true) : keyed.defaultPkg();
      lines.add(indent + "  " + path + ":");
      expand(child, childPkg, file.path(), depth + 2, false);
    }
  }

  /**
   * Handles a group chosen a second time: an option appended to a deleted group is dropped, one appended to a list of
   * options joins it, and any other second choice is an error saying how to change the first.
   */
  private void chosenAgain(Entry.Group entry, String key, boolean appended) {
    Registered before = registered.get(key);
    if (appended && before.deleted()) {
      return; // the deletion of a group applies to an option appended to it too
    }
    if (appended && before.choice() instanceof GroupChoice.Many) {
      extend.computeIfAbsent(key, k -> new ArrayList<>()).addAll(entry.choice().options());
      return;
    }
    throw new CompositionException(Code.MULTIPLE_VALUES, entry.origin() + ": group '" + key + "' is chosen"
        + " already, as " + before.choice().show() + " (" + before.entry().origin() + "); "
        + (appended ? "choose another option with " + key + "=" + entry.choice().show()
            : "change a choice with 'override " + key + ": " + entry.choice().show() + "'"));
  }

  /**
   * Returns {@code choice} after the command line's deletion for {@code key}: the same without a deletion, a list of
   * options without the one deleted, or null when the deletion takes the whole choice.
   */
  private @Nullable GroupChoice afterDeletion(String key, GroupChoice choice, String by) {
    Requests.Delete deletion = requests.deletions().get(key);
    if (deletion == null) {
      return choice;
    }
    String option = deletion.option();
    if (option == null || choice instanceof GroupChoice.One one && one.option().equals(option)) {
      return null;
    }
    if (choice instanceof GroupChoice.Many many && many.items().contains(option)) {
      List<String> items = new ArrayList<>(many.items());
      items.remove(option);
      return new GroupChoice.Many(items);
    }
    throw new CompositionException(Code.NO_MATCH, "command line: " + deletion.text() + ": group '" + key + "' is "
        + choice.show() + ", not " + option + " (" + by + ")");
  }

  private CompositionException unknownOption(String group, String option, String by) {
    List<String> options = search.options(group);
    if (options.isEmpty() && !search.hasGroup(group)) {
      return new CompositionException(Code.UNKNOWN_GROUP, by + ": " + search.noGroup(group));
    }
    return new CompositionException(Code.UNKNOWN_OPTION, by + ": group '" + group + "' has no option '" + option
        + "'" + Suggestions.didYouMean(option, options) + "; the options are " + options
        + (option.contains(",") && by.startsWith("command line: ") ? "; to sweep over several, add -m" : ""));
  }

  /**
   * Returns the option {@code template} names, its {@code ${key}} references replaced by the groups' choices: those
   * made before it, or, for a group chosen after it, the one the last expansion ended with; or {@code null} when a
   * group it names is not chosen yet and this is the first expansion.
   */
  private @Nullable String interpolate(String template, String by) {
    Matcher matcher = REFERENCE.matcher(template);
    StringBuilder option = new StringBuilder();
    while (matcher.find()) {
      String key = matcher.group(1).strip();
      Registered chosenBefore = registered.get(key);
      String value;
      if (key.contains(":")) {
        value = String.valueOf(Interpolation.inDefaults("${" + key + "}", by, search)); // a resolver's call
      } else if (chosenBefore != null && !chosenBefore.deleted()
          && chosenBefore.choice() instanceof GroupChoice.One one) {
        value = one.option();
      } else if (chosenBefore == null && later == null) {
        return null;
      } else if (chosenBefore == null && later.containsKey(key)) {
        value = later.get(key);
        usedLater.put(key, value);
      } else {
        List<String> known = (later == null ? registered.keySet() : later.keySet()).stream().toList();
        throw new CompositionException(Code.INTERPOLATION, by + ": '${" + key + "}' names no group of the defaults"
            + " tree" + (chosenBefore == null ? "" : " with one option") + Suggestions.didYouMean(key, known)
            + "; the groups with one option are " + known);
      }
      matcher.appendReplacement(option, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(option);
    if (option.toString().contains("${")) {
      throw new CompositionException(Code.MALFORMED, by + ": '" + template + "' has an unclosed '${'");
    }
    return option.toString();
  }

  /**
   * A group entry's identity.
   *
   * @param group its absolute group path
   * @param defaultPkg the package it gets unless it names one
   * @param entryPkg the package it names, or its default
   * @param key its override key: the group path when its package is that path dotted, as for Hydra, so that an entry
   *     of a config placed elsewhere (by a header or an {@code @package}) has its package in its key
   */
  record Keyed(String group, String defaultPkg, String entryPkg, String key) {}

  /** Returns the identity of {@code entry}, written in {@code file} at package {@code pkg}. */
  static Keyed keyed(Entry.Group entry, ConfigFile file, String pkg) {
    String group = entry.absolute() ? entry.group() : Packages.joinPath(file.group(), entry.group());
    String defaultPkg = entry.absolute() ? Packages.dotted(entry.group())
        : Packages.join(pkg, Packages.dotted(entry.group()));
    String entryPkg = entry.pkg() == null ? defaultPkg : Packages.resolve(entry.pkg(), pkg, entry.absolute());
    String key = entryPkg.equals(Packages.dotted(group)) ? group : group + "@" + Packages.show(entryPkg);
    return new Keyed(group, defaultPkg, entryPkg, key);
  }

  private static String firstOr(List<String> options, String fallback) {
    return options.isEmpty() ? fallback : options.get(0);
  }
}

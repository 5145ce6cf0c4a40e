package io.hookline.compose.internal;

import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.config.internal.Suggestions;
import io.hookline.config.internal.Tree;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Composes a config: expands the defaults tree from the primary config with the command line's group choices, and
 * merges the selected configs in order.
 *
 * <p>Contract, the rules for choices:
 *
 * <ol>
 *   <li>A group's choice is its entry's, unless an {@code override} entry changes it, unless the command line does.
 *       Among {@code override} entries of one key, the last in depth-first order wins, wherever it is: within one
 *       list, across sibling configs, and from an option appended on the command line.
 *   <li>An {@code override} entry must come after the entry it changes, in depth-first order, and must match one.
 *   <li>Since an override can select a subtree holding other overrides, the tree is expanded again until the choices
 *       settle; if they never do, that is an error.
 * </ol>
 *
 * <p>Merging: maps merge key by key, in the order keys first appear; lists and scalars are replaced; a later
 * {@code ???} does not replace a value; an empty config adds nothing, not even an empty map at its package. The command line's value overrides are left for {@link ValueOverrides}.
 */
public final class Composer {

  private static final int MAX_ROUNDS = 16;

  private Composer() {}

  /**
   * Composes the primary config {@code primary} of {@code search} with the command line's {@code overrides}.
   *
   * @throws CompositionException if it cannot be composed
   */
  public static Composed compose(SearchPath search, String primary, List<String> overrides) {
    Requests requests = Requests.of(overrides, search);
    ConfigFile root = search.config(primary);
    if (root == null) {
      throw new CompositionException(Code.MISSING_SOURCE, "no primary config '" + primary + "' in the search path "
          + search.describe() + Suggestions.didYouMean(primary, search.options("")) + "; the configs at the top are "
          + search.options(""));
    }
    Map<String, GroupChoice> fromFiles = Map.of();
    Map<String, String> fromFilesBy = Map.of();
    Map<String, List<String>> extensions = new LinkedHashMap<>();
    Map<String, String> later = null;
    Requests current = requests;
    for (int round = 0; ; round++) {
      if (round == MAX_ROUNDS) {
        throw new CompositionException(Code.NOT_SETTLED, "the override entries do not settle: each choice they make"
            + " selects configs whose override entries change it again (" + fromFilesBy.values() + ")");
      }
      Map<String, GroupChoice> chosen = new LinkedHashMap<>(fromFiles);
      Map<String, String> chosenBy = new LinkedHashMap<>(fromFilesBy);
      current.choices().forEach((key, choose) -> {
        chosen.put(key, choose.choice());
        chosenBy.put(key, "command line: " + choose.text());
      });
      DefaultsTree tree = new DefaultsTree(search, chosen, chosenBy, current, extensions, later).expand(root);
      Requests added = current.ownGroupsAdded(tree.registered.keySet());
      if (added != current) { // Hookline's own groups have no entry to change: choosing one adds it
        current = added;
        continue;
      }
      Map<String, String> ended = tree.endedWith();
      if (tree.deferred || !ended.entrySet().containsAll(tree.usedLater.entrySet())) {
        later = ended; // an entry named a group chosen after it: expand again, knowing what that group ended with
        continue;
      }
      if (!tree.extend.isEmpty()) {
        tree.extend.forEach((key, options) -> extensions.computeIfAbsent(key, k -> new ArrayList<>()).addAll(options));
        List<Entry.Group> appends = current.appends().stream()
            .filter(append -> !tree.extend.containsKey(DefaultsTree.keyed(append, root, DefaultsTree.packageOf(root)).key())).toList();
        current = new Requests(current.choices(), current.deletions(), appends, current.all());
        continue;
      }
      Map<String, GroupChoice> next = new LinkedHashMap<>();
      Map<String, String> nextBy = new LinkedHashMap<>();
      for (DefaultsTree.OverrideUse use : tree.overrides) {
        next.put(use.key(), use.entry().choice());
        nextBy.put(use.key(), use.entry().origin());
      }
      if (next.equals(fromFiles)) {
        checkOverrides(tree);
        return composed(tree, current, search);
      }
      fromFiles = next;
      fromFilesBy = nextBy;
    }
  }

  /** Checks that every override entry follows an entry it changes. */
  private static void checkOverrides(DefaultsTree tree) {
    for (DefaultsTree.OverrideUse use : tree.overrides) {
      DefaultsTree.Registered target = tree.registered.get(use.key());
      String written = "'" + use.entry().shownKey() + "'";
      if (target == null) {
        List<String> others = tree.registered.keySet().stream().filter(key -> !key.equals(use.key())).toList();
        throw new CompositionException(Code.NO_MATCH, use.entry().origin() + ": " + written + " changes group '"
            + use.key() + "', which no entry of the defaults tree chooses" + Suggestions.didYouMean(use.key(), others)
            + (use.key().startsWith(SearchPath.OWN + "/") ? "; Hookline's own groups have no entry to change: write '"
                + use.key() + ": " + use.entry().choice().show() + "' without 'override'"
                : use.entry().absolute() ? "" : "; a group in an entry is relative to its config's group, and /group"
                    + " is from the root"));
      }
      if (target.position() > use.position()) {
        throw new CompositionException(Code.OVERRIDE_ORDER, use.entry().origin() + ": " + written + " comes before"
            + " the entry it changes (" + target.entry().origin() + "); list its config after that entry, or add it"
            + " last from the command line with +GROUP=OPTION");
      }
    }
  }

  /** Returns the composed config of a settled tree, and the overrides left for values. */
  private static Composed composed(DefaultsTree tree, Requests requests, SearchPath search) {
    List<String> values = new ArrayList<>();
    for (Requests.Request request : requests.all()) {
      String key = request.key();
      if (key == null || !tree.registered.containsKey(key)) {
        if (key != null && (key.contains("/") || key.contains("@"))) {
          throw noMatch(request.text(), key, tree, search);
        }
        values.add(request.text());
      }
    }
    Object merged = new LinkedHashMap<String, Object>();
    Map<String, String> origins = new LinkedHashMap<>();
    List<Composed.Row> rows = new ArrayList<>();
    for (DefaultsTree.Placed placed : tree.placed) {
      List<String> at = placed.pkg().isEmpty() ? List.of() : Tree.split(placed.pkg());
      if (!placed.file().content().isEmpty()) { // an empty config adds nothing, not even its package
        merged = Tree.set(merged, at, merge(Tree.get(merged, at), placed.file().content()));
      }
      placed.file().origins().forEach((key, origin) -> origins.put(Packages.join(placed.pkg(), key), origin));
      if (!placed.pkg().isEmpty() && !origins.containsKey(placed.pkg())) {
        origins.put(placed.pkg(), placed.file().shown());
      }
      rows.add(new Composed.Row(placed.file().path(), placed.pkg(), placed.parent()));
    }
    Map<String, GroupChoice> choices = new LinkedHashMap<>();
    tree.registered.values().forEach(entry -> {
      if (!entry.deleted()) {
        choices.put(entry.key(), entry.choice());
      }
    });
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> root = (Map<String, @Nullable Object>) merged;
    return new Composed(root, origins, choices, rows, tree.lines, values, tree.packages);
  }

  private static CompositionException noMatch(String text, String key, DefaultsTree tree, SearchPath search) {
    String group = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
    String value = text.contains("=") ? text.substring(text.indexOf('=') + 1) : "";
    boolean deletion = text.startsWith("~");
    if (!search.hasGroup(group) && !deletion) {
      return new CompositionException(Code.UNKNOWN_GROUP, "command line: " + text + ": " + search.noGroup(group));
    }
    String near = Suggestions.didYouMean(key, tree.registered.keySet());
    String chosenAs = chosenAs(group, tree.registered.keySet(), text);
    String hint = !chosenAs.isEmpty() ? (key.contains("@") && !near.isEmpty() ? near : chosenAs)
        : deletion ? near : near + "; to add an option of group '" + group + "', write +" + key + "=" + value;
    return new CompositionException(Code.NO_MATCH, "command line: " + text + ": no entry of the defaults tree"
        + " chooses group '" + key + "'" + (deletion ? ", so there is none to delete" : "") + hint);
  }

  /**
   * Returns, when {@code group} is chosen under keys with a package ({@code db@src}), a hint naming them and how
   * {@code text}, the argument that named the group without its package, is written with the first; or nothing.
   */
  static String chosenAs(String group, Collection<String> keys, String text) {
    List<String> same = keys.stream().filter(key -> key.equals(group) || key.startsWith(group + "@")).toList();
    if (same.isEmpty()) {
      return "";
    }
    int at = text.indexOf(group);
    return "; group '" + group + "' is chosen with the key" + (same.size() == 1 ? " " : "s ") + String.join(", ", same)
        + ", as in " + text.substring(0, at) + same.get(0)
        + text.substring(at + group.length()).replaceFirst("^@[^=]*", "");
  }

  /** Merges {@code top} over {@code base}: maps key by key, a {@code ???} never over a value, anything else replaced. */
  public static @Nullable Object merge(@Nullable Object base, @Nullable Object top) {
    if (!(base instanceof Map<?, ?> baseMap) || !(top instanceof Map<?, ?> topMap)) {
      return "???".equals(top) && base != null ? base : top;
    }
    Map<String, @Nullable Object> merged = new LinkedHashMap<>();
    baseMap.forEach((key, value) -> merged.put((String) key, value));
    topMap.forEach((key, value) -> merged.put((String) key, merge(merged.get(key), value)));
    return merged;
  }
}

package io.hookline.compose.internal;

import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.config.internal.Overrides;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Scalars;
import io.hookline.config.internal.Schema;
import io.hookline.config.internal.Suggestions;
import io.hookline.config.internal.Tree;
import io.hookline.config.internal.TreeReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Applies the command line's value overrides to a composed config, in the order given.
 *
 * <p>Contract: keys are paths from the root of the composed config, and the config is closed:
 *
 * <ul>
 *   <li>{@code key=value} sets a key that is there (or that its typed config declares); a map value merges into a
 *       map, and may only set keys that are there;
 *   <li>{@code +key=value} adds a key that is not there, with the maps on its way, or merges a map value, new keys
 *       and all, into a map; but never to a typed config's fixed keys: only a map, or a node no type describes, takes
 *       new keys;
 *   <li>{@code ++key=value} appends to the list a key holds (the elements of a list value, or a single value), and
 *       otherwise sets a key whether it is there or not, within the same limits;
 *   <li>{@code ~key} removes a key that is there, and {@code ~key=value} only if it holds that value.
 * </ul>
 *
 * <p>Each value set records {@code command line: text} as its origin. Anything else is a {@link CompositionException}
 * naming the argument, with the closest keys as suggestions.
 */
public final class ValueOverrides {

  private static final String COMMAND_LINE = "command line: ";

  private ValueOverrides() {}

  /**
   * Returns {@code composed} with its value overrides applied.
   *
   * @param schemaAt the schema of the node at a path, if a typed config holds it; {@code null} where no type does
   * @param search the search path, to tell a misplaced group choice from a missing key
   */
  public static Parsed apply(Composed composed, Function<List<String>, @Nullable Schema> schemaAt,
      SearchPath search) {
    Object tree = composed.tree();
    Map<String, String> origins = new HashMap<>(composed.origins());
    for (String text : composed.values()) {
      String op = text.startsWith("++") ? "++" : text.startsWith("+") ? "+" : text.startsWith("~") ? "~" : "";
      int equals = text.indexOf('=');
      String shown = COMMAND_LINE + text;
      if (equals < 0 && !op.equals("~")) {
        throw new CompositionException(Code.VALUE_OVERRIDE, "'" + text + "' is not an override; write key=value,"
            + " +key=value, ++key=value, ~key or group=option");
      }
      String key = text.substring(op.length(), equals < 0 ? text.length() : equals);
      List<String> path = path(key, shown);
      Object value = equals < 0 ? null : Scalars.parse(text.substring(equals + 1), shown);
      boolean exists = Tree.has(tree, path);
      Schema parent = schemaAt.apply(path.subList(0, path.size() - 1));
      boolean declared = parent instanceof Schema.Fields fields && fields.fields().containsKey(path.get(path.size() - 1));
      boolean fixed = parent instanceof Schema.Fields;
      switch (op) {
        case "" -> value = set(new Target(text, shown, key, path, value, exists, declared, fixed), tree, composed,
            search, schemaAt);
        case "+" -> {
          if (exists && Tree.get(tree, path) instanceof Map<?, ?> && value instanceof Map<?, ?>) {
            requireOpen(fixed, declared, shown, key, parent);
            value = Composer.merge(Tree.get(tree, path), value); // + merges a map into a map, new keys and all
          } else if (exists) {
            throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": '" + key + "' is there already"
                + origin(origins, key) + "; write " + text.substring(1) + " to change it");
          }
          requireOpen(fixed, declared, shown, key, parent);
        }
        case "++" -> value = forced(exists ? Tree.get(tree, path) : null, value, origins.get(key), fixed, declared,
            shown, key, parent);
        default -> {
          if (!exists) {
            throw missing(shown, key, tree, search, composed.choices().keySet(), "");
          }
          if (fixed) {
            throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": '" + key + "' is a fixed key of a "
                + parent.typeName() + "; only a map's keys can be removed");
          }
          Object current = Tree.get(tree, path);
          if (equals >= 0 && !Objects.equals(current, value)) {
            throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": '" + key + "' is " + current + ", not "
                + value + origin(origins, key));
          }
          tree = Tree.remove(tree, path);
          origins.keySet().removeIf(at -> at.equals(key) || at.startsWith(key + "."));
          continue;
        }
      }
      tree = Tree.set(tree, path, value);
      origins.keySet().removeIf(at -> at.equals(key) || at.startsWith(key + "."));
      origins.put(key, shown);
    }
    return new Parsed(tree, origins);
  }

  /**
   * Returns what {@code ++key=value} sets: the list {@code current} with the value appended, or else the value, unless
   * another override ({@code setBy}) set it already.
   */
  private static @Nullable Object forced(@Nullable Object current, @Nullable Object value, @Nullable String setBy,
      boolean fixed, boolean declared, String shown, String key, @Nullable Schema parent) {
    if (current instanceof List<?> list) {
      return Overrides.appended(list, value);
    }
    if (setBy != null && setBy.startsWith(COMMAND_LINE)) { // a second setting would drop the first
      throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": '" + key + "' is set already, by '"
          + setBy.substring(COMMAND_LINE.length()) + "', and holds no list to append to; give it once");
    }
    requireOpen(fixed, declared, shown, key, parent);
    return value;
  }

  /**
   * A value override on the command line, read: its text, its key and path, its value, whether the tree holds the key,
   * and what its parent is.
   */
  private record Target(String text, String shown, String key, List<String> path, @Nullable Object value,
      boolean exists, boolean declared, boolean fixed) {}

  /** Returns the value {@code key=value} sets: a key that is there or declared, and a map merged into a map. */
  private static @Nullable Object set(Target target, Object tree, Composed composed, SearchPath search,
      Function<List<String>, @Nullable Schema> schemaAt) {
    String shown = target.shown();
    String key = target.key();
    String holds = composed.packages().get(key);
    if (holds != null && !(target.value() instanceof Map<?, ?>)) {
      throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": '" + key + "' is where " + holds + " goes,"
          + " and a value would replace it; choose an option with GROUP=OPTION, or set a key with " + key
          + ".KEY=VALUE");
    }
    if (!target.exists() && !target.declared()) {
      String hydra = Suggestions.forHydra(key);
      Schema parent = schemaAt.apply(target.path().subList(0, target.path().size() - 1));
      if (key.startsWith(SearchPath.OWN + ".") && parent instanceof Schema.Fields fields) { // Hookline's own keys
        List<String> known = fields.fields().keySet().stream().sorted().toList();
        throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": no key '" + key + "'" + Suggestions.didYouMean(
            target.path().get(target.path().size() - 1), known) + "; the keys of " + key.substring(0,
                key.lastIndexOf('.')) + " are " + known);
      }
      throw missing(shown, key, tree, search, composed.choices().keySet(),
          !hydra.isEmpty() ? hydra : target.fixed() ? "" : "; to add it, write +" + target.text());
    }
    Object current = Tree.get(tree, target.path());
    if (current instanceof Map<?, ?> map && target.value() instanceof Map<?, ?> keys) {
      String newKey = newKey(map, keys, target.path(), schemaAt);
      if (newKey != null) {
        throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": '" + key + "' has no key '" + newKey
            + "'; a map value sets the keys there are; to add keys, write +" + target.text());
      }
      return Composer.merge(current, target.value());
    }
    return target.value();
  }

  /**
   * Returns the first key of {@code value}, a map set over the map {@code current} at {@code path}, that neither it
   * nor the type there has (as a dotted path below {@code path}), or {@code null} if there is none.
   */
  private static @Nullable String newKey(Map<?, ?> current, Map<?, ?> value, List<String> path,
      Function<List<String>, @Nullable Schema> schemaAt) {
    Schema schema = schemaAt.apply(path);
    for (Map.Entry<?, ?> entry : value.entrySet()) {
      String key = (String) entry.getKey();
      boolean declared = schema instanceof Schema.Fields fields ? fields.fields().containsKey(key)
          : schema != null && schema.child(key) != null;
      if (!current.containsKey(key) && !declared) {
        return key;
      }
      if (current.get(key) instanceof Map<?, ?> below && entry.getValue() instanceof Map<?, ?> more) {
        String nested = newKey(below, more, Tree.child(path, key), schemaAt);
        if (nested != null) {
          return key + "." + nested;
        }
      }
    }
    return null;
  }

  private static List<String> path(String key, String shown) {
    if (key.contains("::")) {
      throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": a composed config names keys from its root;"
          + " write " + key.replace("::", ".") + ", not " + key);
    }
    List<String> path = Tree.split(key);
    if (path.size() > TreeReader.MAX_DEPTH) {
      throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": a key path of " + path.size() + " parts; at most "
          + TreeReader.MAX_DEPTH);
    }
    for (String part : path) {
      if (part.isEmpty() || !part.equals(part.strip())) {
        throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": '" + key + "' is not a key path; write keys"
            + " joined by dots, as in db.port=3307");
      }
    }
    return path;
  }

  private static void requireOpen(boolean fixed, boolean declared, String shown, String key,
      @Nullable Schema parent) {
    if (fixed && !declared) {
      throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": a " + Objects.requireNonNull(parent).typeName()
          + " has fixed keys, and '" + key + "' is not one of them; only a map takes new keys");
    }
  }

  private static CompositionException missing(String shown, String key, @Nullable Object tree, SearchPath search,
      Set<String> groups, String hint) {
    List<String> names = groups.stream().map(group -> group.contains("@") ? group.substring(0, group.indexOf('@'))
        : group).distinct().toList();
    List<String> misspelt = key.contains(".") ? List.of() : Suggestions.closest(key, names);
    if (!misspelt.isEmpty() && shown.contains("=")) { // engin=raptor for the group engine
      String group = misspelt.get(0);
      return new CompositionException(Code.VALUE_OVERRIDE, shown + ": the composed config has no key '" + key + "';"
          + " did you mean the config group '" + group + "', as in " + group + shown.substring(shown.indexOf('='))
          + "?");
    }
    String argument = shown.substring(shown.indexOf(": ") + 2);
    String chosenAs = Composer.chosenAs(key, groups, argument);
    if (!key.contains(".") && !chosenAs.isEmpty() && shown.contains("=")) { // db=sqlite for the group key db@foo.db
      return new CompositionException(Code.VALUE_OVERRIDE, shown + ": the composed config has no key '" + key + "'"
          + chosenAs);
    }
    List<String> keys = Tree.keys(tree, 9);
    List<String> endingSo = keys.stream().filter(known -> known.endsWith("." + key)).toList();
    if (!endingSo.isEmpty()) { // a coma-style key, as in lr=0.1 for train.lr: keys are paths from the root here
      keys = endingSo;
    }
    String groupHint = !key.contains(".") && search.hasGroup(key) && shown.contains("=")
        ? "; to add an option of group '" + key + "', write +" + argument : "";
    return new CompositionException(Code.VALUE_OVERRIDE, shown + ": the composed config has no key '" + key + "'"
        + (endingSo.isEmpty() ? Suggestions.didYouMean(key, keys) : "; did you mean '" + String.join("' or '", endingSo)
            + "'? (keys are paths from the root)") + (groupHint.isEmpty() ? hint : groupHint));
  }

  private static String origin(Map<String, String> origins, String key) {
    String origin = origins.get(key);
    return origin == null ? "" : " (" + origin + ")";
  }
}

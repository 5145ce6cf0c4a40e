package io.hookline.config.internal;

import io.hookline.DefaultHooks.OverrideOptions;
import io.hookline.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Applies command-line overrides to config trees.
 *
 * <p>Contract, the rules in the order they apply:
 *
 * <ol>
 *   <li>An override without an id ({@code key=value}) goes to every config that has the key, or that is free to take
 *       it (a map). If none does, it is an error with the closest known keys as suggestions.
 *   <li>An override with an id ({@code id::key=value}) goes to one config: the one whose id is exactly the prefix if
 *       there is one (so {@code config::x} reaches {@code config} even beside {@code config1}), else the one config
 *       whose id starts with the prefix. No match, or several, is an error.
 *   <li>Overrides without an id apply first, those with an id after them, each group in the order given, so an
 *       override with an id wins over one without, and a later override wins over an earlier one.
 * </ol>
 *
 * <p>Each value set records its origin as {@code command line: key=value}, so a type error found when the config is
 * bound points at the argument that caused it.
 */
public final class Overrides {

  private Overrides() {}

  /**
   * Returns {@code trees} with every override in {@code args} applied.
   *
   * @param schemas each config's schema, by id, in config order
   * @param trees each config's tree and origins, by id
   * @throws InputException for a malformed override, or one that fits no config or an unknown one
   */
  public static Map<String, Parsed> apply(List<String> args, Map<String, Schema> schemas, Map<String, Parsed> trees,
      OverrideOptions options) {
    List<CliOverride> shared = new ArrayList<>();
    List<CliOverride> prefixed = new ArrayList<>();
    for (String arg : args) {
      CliOverride override = CliOverride.parse(arg, options.separator());
      (override.prefix() == null ? shared : prefixed).add(override);
    }
    Map<String, Parsed> result = new LinkedHashMap<>(trees);
    for (CliOverride override : shared) {
      applyShared(override, schemas, result, options);
    }
    for (CliOverride override : prefixed) {
      applyPrefixed(override, schemas, result, options);
    }
    return result;
  }

  /** Applies an override without a config's id to every config it fits. */
  private static void applyShared(CliOverride override, Map<String, Schema> schemas, Map<String, Parsed> result,
      OverrideOptions options) {
    List<String> fitting = new ArrayList<>(schemas.size());
    schemas.forEach((id, schema) -> {
      if (fits(override, schema, result.get(id).tree())) {
        fitting.add(id);
      }
    });
    String first = override.path().get(0);
    if (override.path().size() > 1 && schemas.containsKey(first) && (!fitting.isEmpty()
        || options.failWhenUnmatched()) && fitting.stream().noneMatch(id -> declares(schemas.get(id),
            override.path()) || Tree.has(result.get(id).tree(), override.path()))) {
      String suggestion = override.text().replaceFirst(Pattern.quote(first + "."),
          Matcher.quoteReplacement(first + options.separator()));
      throw new InputException("override '" + override.text() + "': no config has the key '" + override.key()
          + "'" + (fitting.isEmpty() ? "" : " but the free-form " + fitting) + "; to set a key of config '" + first
          + "', write " + suggestion);
    }
    if (fitting.isEmpty()) {
      if (options.failWhenUnmatched()) {
        String hydra = Suggestions.forHydra(override.key());
        throw new InputException("override '" + override.text() + "': no config has the key '" + override.key()
            + "'" + (hydra.isEmpty() ? Suggestions.didYouMean(override.key(), knownKeys(schemas, result)) : hydra));
      }
      return;
    }
    if (options.exclusive() && fitting.size() > 1) {
      throw new InputException("override '" + override.text() + "' fits configs " + fitting + "; name one, as in "
          + fitting.get(0) + options.separator() + override.text());
    }
    for (String id : fitting) {
      result.put(id, applyTo(override, id, result.get(id)));
    }
  }

  /** Applies an override that names its config ({@code id::key=value}) to that config. */
  private static void applyPrefixed(CliOverride override, Map<String, Schema> schemas, Map<String, Parsed> result,
      OverrideOptions options) {
    String id = target(override, List.copyOf(schemas.keySet()), options);
    if (id == null) {
      return;
    }
    Parsed parsed = result.get(id);
    if ((override.op() == CliOverride.Op.ADD || override.op() == CliOverride.Op.REMOVE)
        && at(schemas.get(id), override.path()) != null
        && !isFree(at(schemas.get(id), override.path().subList(0, override.path().size() - 1)))) {
      throw new InputException("override '" + override.text() + "': '" + override.key() + "' is a fixed key of"
          + " config '" + id + "'; only keys of maps can be added or removed");
    }
    if (!fits(override, schemas.get(id), parsed.tree())) {
      throw new InputException("override '" + override.text() + "': config '" + id + "' has no "
          + (override.op() == CliOverride.Op.ADD || override.op() == CliOverride.Op.REMOVE ? "free " : "") + "key '"
          + override.key() + "'"
          + Suggestions.didYouMean(override.key(), knownKeys(Map.of(id, schemas.get(id)), Map.of(id, parsed))));
    }
    result.put(id, applyTo(override, id, parsed));
  }

  private static @Nullable String target(CliOverride override, List<String> ids, OverrideOptions options) {
    String prefix = override.prefix();
    if (ids.contains(prefix)) {
      return prefix;
    }
    List<String> matching = ids.stream().filter(id -> id.startsWith(prefix)).toList();
    if (matching.size() == 1) {
      return matching.get(0);
    }
    if (matching.isEmpty() && options.failWhenUnmatched()) {
      throw new InputException("override '" + override.text() + "': no config '" + prefix + "'; the configs are "
          + ids + Suggestions.didYouMean(prefix, ids));
    }
    if (matching.size() > 1 && options.failWhenAmbiguous()) {
      throw new InputException("override '" + override.text() + "': '" + prefix + "' matches configs " + matching
          + "; write the whole id");
    }
    return null;
  }

  /** Returns whether the override can apply to a config with this schema and tree. */
  private static boolean fits(CliOverride override, Schema schema, @Nullable Object tree) {
    List<String> path = override.path();
    return switch (override.op()) {
      case SET, APPEND -> at(schema, path) != null;
      case ADD -> isFree(at(schema, path.subList(0, path.size() - 1)));
      case REMOVE -> isFree(at(schema, path.subList(0, path.size() - 1))) && Tree.has(tree, path);
    };
  }

  private static Parsed applyTo(CliOverride override, String id, Parsed parsed) {
    List<String> path = override.path();
    String key = override.key();
    String below = key + ".";
    Map<String, String> origins = new HashMap<>(parsed.origins());
    origins.keySet().removeIf(origin -> origin.equals(key) || origin.startsWith(below));
    if (override.op() == CliOverride.Op.REMOVE) {
      return new Parsed(Tree.remove(parsed.tree(), path), origins);
    }
    if (override.op() == CliOverride.Op.ADD && Tree.has(parsed.tree(), path)) {
      throw new InputException("override '" + override.text() + "': config '" + id + "' already has '"
          + key + "'; write " + override.text().substring(1) + " to change it");
    }
    Object value = override.value();
    if (override.op() == CliOverride.Op.APPEND) {
      Object current = Tree.get(parsed.tree(), path);
      if (!(current instanceof List<?> list)) {
        throw new InputException("override '" + override.text() + "': '" + key + "' of config '" + id + "' holds "
            + (current == null ? "no list" : Binder.show(current)) + ", and ++ appends to a list; write "
            + override.text().substring(2) + " to set it");
      }
      value = appended(list, value);
    }
    origins.put(key, override.origin());
    return new Parsed(Tree.set(parsed.tree(), path, value), origins);
  }

  /** Returns {@code list} with {@code value} appended: the elements of a list, or the value itself. */
  public static List<@Nullable Object> appended(List<?> list, @Nullable Object value) {
    List<@Nullable Object> longer = new ArrayList<>(list);
    if (value instanceof List<?> more) {
      longer.addAll(more);
    } else {
      longer.add(value);
    }
    return longer;
  }

  /** Returns whether {@code schema} declares {@code path} with fixed keys all the way, not as a key of a map. */
  private static boolean declares(Schema schema, List<String> path) {
    Schema node = schema;
    for (String key : path) {
      if (!(node instanceof Schema.Fields fields)) {
        return false;
      }
      node = fields.child(key);
    }
    return node != null;
  }

  private static @Nullable Schema at(Schema schema, List<String> path) {
    Schema node = schema;
    for (String key : path) {
      node = node == null ? null : node.child(key);
    }
    return node;
  }

  private static boolean isFree(@Nullable Schema schema) {
    return schema instanceof Schema.MapOf || schema instanceof Schema.Scalar scalar && scalar.typeName().equals("Object");
  }

  /** Every dotted key the configs have, from their schemas and their trees, for suggestions. */
  private static List<String> knownKeys(Map<String, Schema> schemas, Map<String, Parsed> trees) {
    List<String> keys = new ArrayList<>();
    schemas.forEach((id, schema) -> {
      collect(schema, "", keys, 0);
      Parsed parsed = trees.get(id);
      if (parsed != null) {
        collect(parsed.tree(), "", keys, 0);
      }
    });
    return keys;
  }

  private static void collect(@Nullable Object node, String prefix, List<String> keys, int depth) {
    if (depth > 8) {
      return;
    }
    if (node instanceof Schema.Fields fields) {
      fields.fields().forEach((key, child) -> {
        keys.add(prefix + key);
        collect(child, prefix + key + ".", keys, depth + 1);
      });
    } else if (node instanceof Map<?, ?> map) {
      map.forEach((key, child) -> {
        keys.add(prefix + key);
        collect(child, prefix + key + ".", keys, depth + 1);
      });
    }
  }
}

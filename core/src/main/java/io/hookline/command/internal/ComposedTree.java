package io.hookline.command.internal;

import io.hookline.ConfigSpec;
import io.hookline.compose.internal.Composed;
import io.hookline.compose.internal.Composer;
import io.hookline.compose.internal.CompositionException;
import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.compose.internal.SearchPath;
import io.hookline.compose.internal.ValueOverrides;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.ConfigLoader;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Schema;
import io.hookline.config.internal.Secrets;
import io.hookline.config.internal.Suggestions;
import io.hookline.config.internal.Tree;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The composed tree that a command's configs bind to: composed from the search path, each typed config's defaults
 * under its node, the value overrides applied (checked against the configs' types), and every top-level key going to
 * a config or to Hookline's own node.
 */
public final class ComposedTree {

  private ComposedTree() {}

  /**
   * Composes the tree for configs {@code specs} from the primary config {@code primary} of {@code search}, with their
   * type defaults under their nodes and {@code overrides} applied, and checks that every top-level key has a config to
   * go to.
   *
   * @throws CompositionException if it cannot be composed, or a value override does not apply
   */
  public static Composing.ComposedConfig compose(SearchPath search, String primary, List<ConfigSpec<?>> specs,
      List<String> overrides) {
    Composed composed = Composer.compose(search, primary, overrides);
    Object tree = composed.tree();
    Map<String, String> origins = new HashMap<>(composed.origins());
    if (tree instanceof Map<?, ?> root && root.containsKey("hydra")) {
      throw new CompositionException(Code.MALFORMED, origin(origins, "hydra") + ": 'hydra' is Hydra's node;"
          + " Hookline's own settings go under 'hookline', as in hookline.callbacks");
    }
    for (ConfigSpec<?> spec : specs) {
      List<String> path = Composing.path(spec);
      Parsed defaults = ConfigLoader.defaults(spec);
      Object node = Tree.get(tree, path);
      Object merged = Tree.has(tree, path) ? Composer.merge(defaults.tree(), node) : defaults.tree();
      tree = path.isEmpty() ? merged : Tree.set(tree, path, merged);
      origins.putIfAbsent(spec.node(), "defaults of " + spec.id());
    }
    Composed withDefaults = new Composed(Composing.asMap(tree), origins, composed.choices(), composed.rows(), composed.lines(),
        composed.values(), composed.packages());
    Set<String> secrets = new LinkedHashSet<>();
    for (ConfigSpec<?> spec : specs) {
      spec.secrets().forEach(key -> secrets.add(spec.node().isEmpty() ? key : spec.node() + "." + key));
    }
    Parsed applied;
    try {
      applied = ValueOverrides.apply(withDefaults, at -> schemaAt(specs, at), search);
    } catch (CompositionException e) {
      throw new CompositionException(e.code(), Secrets.maskIn(e.getMessage(), tree, secrets));
    }
    Map<String, @Nullable Object> result = Composing.asMap(applied.tree());
    checkClaimed(result, applied.origins(), specs);
    return new Composing.ComposedConfig(result, applied.origins(), composed, secrets, search);
  }

  /** Returns the schema of the node at {@code path}, if a typed config holds it or it is Hookline's own. */
  private static @Nullable Schema schemaAt(List<ConfigSpec<?>> specs, List<String> path) {
    if (!path.isEmpty() && path.get(0).equals(Composing.HOOKLINE)) {
      return HooklineKeys.at(path);
    }
    ConfigSpec<?> holder = null;
    for (ConfigSpec<?> spec : specs) {
      List<String> node = Composing.path(spec);
      if (path.size() >= node.size() && path.subList(0, node.size()).equals(node)
          && (holder == null || node.size() > Composing.path(holder).size())) {
        holder = spec;
      }
    }
    if (holder == null) {
      return null;
    }
    Schema schema = Binder.schema(holder.type());
    for (String key : path.subList(Composing.path(holder).size(), path.size())) {
      schema = schema == null ? null : schema.child(key);
    }
    return schema;
  }

  /** Checks that every top-level key of the composed tree goes to a config, or is Hookline's own. */
  private static void checkClaimed(Map<String, @Nullable Object> tree, Map<String, String> origins,
      List<ConfigSpec<?>> specs) {
    if (specs.stream().anyMatch(spec -> spec.node().isEmpty())) {
      return;
    }
    List<String> tops = specs.stream().map(spec -> Composing.path(spec).get(0)).toList();
    for (String key : tree.keySet()) {
      if (!key.equals(Composing.HOOKLINE) && !tops.contains(key)) {
        List<String> ids = specs.stream().map(ConfigSpec::id).toList();
        throw new CompositionException(Code.MALFORMED, origin(origins, key) + ": the composed key '" + key
            + "' goes to no config" + Suggestions.didYouMean(key, tops) + "; the configs are " + ids + (ids.isEmpty()
                ? "; declare one" : "") + ", and a config at the root (ConfigSpec.at(\"\")) takes every key");
      }
    }
  }

  private static String origin(Map<String, String> origins, String key) {
    String origin = origins.get(key);
    return origin != null ? origin : "the composed config";
  }
}

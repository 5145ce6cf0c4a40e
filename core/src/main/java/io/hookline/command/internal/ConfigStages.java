package io.hookline.command.internal;

import io.hookline.command.Attribute;
import io.hookline.command.Invocation;
import io.hookline.config.ConfigSpec;
import io.hookline.config.Configs;
import io.hookline.config.LoadOptions;
import io.hookline.config.OverrideOptions;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.ConfigLoader;
import io.hookline.config.internal.Overrides;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The work of the default config and post-config hooks: load each config, then apply the command-line overrides.
 *
 * <p>The config stage leaves each config's tree and origins in the invocation under {@link #TREES}, so that the
 * post-config stage can apply overrides to the tree (keeping the origins for error messages) rather than to the bound
 * value. If the config stage was replaced or disabled, the trees are rebuilt from the current values.
 */
public final class ConfigStages {

  /** The trees of the loaded configs, by id. */
  public static final Attribute<ConfigTrees> TREES = Attribute.of("config trees", ConfigTrees.class);

  private ConfigStages() {}

  /** The trees of an invocation's configs, by id. */
  public record ConfigTrees(Map<String, Parsed> byId) {}

  /** Loads every config of the invocation: its file over its defaults, or its defaults written to a new file. */
  public static Invocation load(Invocation invocation, LoadOptions options) {
    Configs configs = invocation.configs();
    Map<String, Parsed> trees = new LinkedHashMap<>();
    for (ConfigSpec<?> spec : configs.specs()) {
      String given = invocation.option(options.pathOptionFor(spec.id())).orElse(null);
      ConfigLoader.Loaded loaded = ConfigLoader.load(spec, invocation.directory(), given, options);
      trees.put(spec.id(), loaded.parsed());
      configs = configs.with(spec.id(), loaded.value());
    }
    return invocation.withConfigs(configs).with(TREES, new ConfigTrees(trees));
  }

  /** Applies the invocation's overrides to its configs and binds the configs they changed. */
  public static Invocation applyOverrides(Invocation invocation, OverrideOptions options) {
    if (invocation.overrides().isEmpty()) {
      return invocation;
    }
    Map<String, Parsed> loaded = invocation.attribute(TREES).map(ConfigTrees::byId).orElse(Map.of());
    Map<String, Schema> schemas = new LinkedHashMap<>();
    Map<String, Parsed> trees = new LinkedHashMap<>();
    Configs configs = invocation.configs();
    for (ConfigSpec<?> spec : configs.specs()) {
      schemas.put(spec.id(), Binder.schema(spec.type()));
      trees.put(spec.id(), loaded.containsKey(spec.id()) ? loaded.get(spec.id()) : current(spec, configs));
    }
    Map<String, Parsed> applied = Overrides.apply(invocation.overrides(), schemas, trees, options);
    for (ConfigSpec<?> spec : configs.specs()) {
      if (applied.get(spec.id()) != trees.get(spec.id())) {
        configs = configs.with(spec.id(), ConfigLoader.bind(spec, applied.get(spec.id())));
      }
    }
    return invocation.withConfigs(configs).with(TREES, new ConfigTrees(applied));
  }

  private static Parsed current(ConfigSpec<?> spec, Configs configs) {
    Object value = configs.get(spec.id());
    return value == null
        ? ConfigLoader.defaults(spec)
        : new Parsed(Binder.toTree(value), Map.of("", "the value of config " + spec.id()));
  }
}

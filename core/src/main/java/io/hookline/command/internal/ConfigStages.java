package io.hookline.command.internal;

import io.hookline.ConfigSpec;
import io.hookline.Configs;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.OverrideOptions;
import io.hookline.InputException;
import io.hookline.Invocation;
import io.hookline.Invocation.Attribute;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.CliOverride;
import io.hookline.config.internal.ConfigLoader;
import io.hookline.config.internal.Environment;
import io.hookline.config.internal.FileCache;
import io.hookline.config.internal.Overrides;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Schema;
import io.hookline.config.internal.TreeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The work of the default config and post-config hooks: load each config, then apply the command-line overrides.
 *
 * <p>The config stage leaves each config's tree and origins in the invocation under {@link #TREES}, so that the
 * post-config stage can apply overrides to the tree (keeping the origins for error messages) rather than to the bound
 * value. If the config stage was replaced or disabled, the trees are rebuilt from the current values.
 *
 * <p>A config whose tree does not bind after loading (a key with no value yet, say) is not an error at once: it is
 * pending, and keeps its previous value, because an override may still supply what is missing. The post-config
 * stage binds every pending config, after the overrides, and reports what still does not fit; if that stage was
 * disabled, {@link #requireBound} reports it before the command is built.
 */
public final class ConfigStages {

  /** Config files already parsed in this run, shared by its jobs; set by a multirun. */
  public static final Attribute<FileCache> FILES = Attribute.of("config file cache", FileCache.class);

  /**
   * Set once the configs were composed: the compose hook applied the overrides too. A marker of its own, so that apps
   * that do not compose load no composition code.
   */
  public static final Attribute<Boolean> COMPOSED = Attribute.of("configs composed", Boolean.class);

  /** Set when the configs are bound only to be looked at ({@code App.configsFor}): a missing file is not written. */
  public static final Attribute<Boolean> READ_ONLY = Attribute.of("configs read only", Boolean.class);

  /**
   * The saved config file of a job that runs again: its configs are read from it, by id, instead of from their own
   * files, and the overrides it already holds are not applied again.
   */
  public static final Attribute<SavedConfigs> SAVED = Attribute.of("saved configs", SavedConfigs.class);

  /**
   * A job's saved configs.
   *
   * @param file the saved config file, its configs by id
   * @param applied the invocation's overrides that the saved configs hold already
   */
  public record SavedConfigs(Path file, List<String> applied) {
    /** Copies the overrides. */
    public SavedConfigs {
      applied = List.copyOf(applied);
    }

    /** Returns {@code overrides} without those the saved configs hold already, each taken out once. */
    public List<String> fresh(List<String> overrides) {
      List<String> fresh = new ArrayList<>(overrides);
      applied.forEach(fresh::remove);
      return fresh;
    }
  }

  /** The trees of the loaded configs, by id. */
  public static final Attribute<ConfigTrees> TREES = Attribute.of("config trees", ConfigTrees.class);

  private ConfigStages() {}

  /**
   * The trees of an invocation's configs, by id, and the ids of those that did not bind yet.
   *
   * @param byId each config's tree and origins
   * @param pending the ids of configs whose tree did not bind
   * @param unwritten the files of configs whose defaults lack a key that must be given, by id: each is written with
   *     the defaults once the config binds, so that a run that fails leaves no file behind
   */
  public record ConfigTrees(Map<String, Parsed> byId, Set<String> pending,
      Map<String, ConfigLoader.Located> unwritten) {

    /** Trees with no file left to write. */
    public ConfigTrees(Map<String, Parsed> byId, Set<String> pending) {
      this(byId, pending, Map.of());
    }

    /** Copies the collections. */
    public ConfigTrees {
      byId = Map.copyOf(byId);
      pending = Set.copyOf(pending);
      unwritten = Map.copyOf(unwritten);
    }

    /** Writes the files of the configs in {@link #unwritten}: called once every config has bound. */
    void writeDefaults(Configs configs) {
      for (ConfigSpec<?> spec : configs.specs()) {
        ConfigLoader.Located where = unwritten.get(spec.id());
        if (where != null) {
          ConfigLoader.writeDefaults(spec, where);
        }
      }
    }
  }

  /**
   * Loads every config of the invocation: its file over its defaults, or its defaults written to a new file, then the
   * environment variables it reads, if any are set.
   */
  public static Invocation load(Invocation invocation, LoadOptions asked) {
    LoadOptions options = invocation.attribute(READ_ONLY).isPresent()
        && asked.whenMissing() == LoadOptions.WhenMissing.WRITE_DEFAULTS ? new LoadOptions(asked.defaultFormat(),
        LoadOptions.WhenMissing.USE_DEFAULTS, asked.defaultPaths(), asked.pathOptions()) : asked;
    SavedConfigs saved = invocation.attribute(SAVED).orElse(null);
    if (saved != null) {
      return loadSaved(invocation, saved.file());
    }
    Configs configs = invocation.configs();
    Map<String, Parsed> trees = new LinkedHashMap<>();
    Set<String> pending = new HashSet<>();
    Map<String, ConfigLoader.Located> unwritten = new HashMap<>();
    for (ConfigSpec<?> spec : configs.specs()) {
      String given = invocation.option(options.pathOptionFor(spec.id())).orElse(null);
      ConfigLoader.Located where = ConfigLoader.locate(spec, invocation.directory(), given, options);
      Object defaults = spec.defaults();
      Parsed parsed;
      if (defaults != null && options.whenMissing() == LoadOptions.WhenMissing.USE_DEFAULTS
          && !Files.exists(where.file())) {
        parsed = Environment.apply(spec, () -> ConfigLoader.defaults(spec), System::getenv);
        if (parsed == null) {
          // Nothing to read, write or bind: the defaults are the value, and a tree is made only if overrides need one.
          if (configs.get(spec.id()) != defaults) {
            configs = configs.with(spec.id(), defaults);
          }
          continue;
        }
      } else {
        if (ConfigLoader.writtenOnceBound(spec, where, options)) {
          unwritten.put(spec.id(), where); // the reader leaves it unwritten; written once the config binds
        }
        Parsed file = ConfigLoader.read(spec, where, options, invocation.attribute(FILES).orElse(null)).parsed();
        Parsed withEnvironment = Environment.apply(spec, () -> file, System::getenv);
        parsed = withEnvironment != null ? withEnvironment : file;
      }
      trees.put(spec.id(), parsed);
      try {
        configs = configs.with(spec.id(), Construction.bound(spec, parsed, invocation));
      } catch (InputException notYet) {
        pending.add(spec.id());
      }
    }
    if (trees.isEmpty() && pending.isEmpty() && invocation.attribute(TREES).isEmpty()) {
      return invocation.withConfigs(configs); // every config took its defaults: no trees to keep
    }
    ConfigTrees loaded = new ConfigTrees(trees, pending, unwritten);
    if (pending.isEmpty()) {
      loaded.writeDefaults(configs);
      loaded = new ConfigTrees(trees, pending);
    }
    return invocation.withConfigs(configs).with(TREES, loaded);
  }

  /**
   * Loads every config from a job's saved config file: each from the node of its id, over its defaults, and left for
   * the post-config stage to override and bind.
   */
  private static Invocation loadSaved(Invocation invocation, Path saved) {
    Parsed file = TreeReader.readYaml(saved, saved.toString());
    Map<String, Parsed> trees = new LinkedHashMap<>();
    for (ConfigSpec<?> spec : invocation.configs().specs()) {
      String prefix = spec.id() + ".";
      Map<String, String> origins = new HashMap<>();
      file.origins().forEach((key, origin) -> {
        if (key.startsWith(prefix)) {
          origins.put(key.substring(prefix.length()), origin);
        }
      });
      Object node = file.tree() instanceof Map<?, ?> root ? root.get(spec.id()) : null;
      trees.put(spec.id(), node == null ? ConfigLoader.defaults(spec) : new Parsed(node, origins));
    }
    return invocation.with(TREES, new ConfigTrees(trees, trees.keySet()));
  }

  /**
   * Applies the invocation's overrides to its configs and binds the configs they changed; nothing if the configs were
   * composed, since composition applies them.
   */
  public static Invocation applyOverrides(Invocation invocation, OverrideOptions options) {
    if (invocation.attribute(COMPOSED).isPresent()) {
      return invocation; // composition applied them, to the composed tree
    }
    SavedConfigs saved = invocation.attribute(SAVED).orElse(null);
    if (saved != null) {
      List<String> fresh = saved.fresh(invocation.overrides());
      if (fresh.size() != invocation.overrides().size()) {
        Invocation applied = applyOverrides(invocation.withOverrides(fresh).with(SAVED, new SavedConfigs(saved.file(),
            List.of())), options);
        return applied.withOverrides(invocation.overrides()).with(SAVED, saved);
      }
    }
    ConfigTrees before = invocation.attribute(TREES).orElse(new ConfigTrees(Map.of(), Set.of()));
    if (invocation.overrides().isEmpty() && before.pending().isEmpty()) {
      return invocation;
    }
    if (before.byId().isEmpty() && before.pending().isEmpty()) {
      Configs set = setDirectly(invocation.configs(), invocation.overrides(), options);
      if (set != null) {
        return invocation.withConfigs(set);
      }
    }
    Map<String, Parsed> loaded = before.byId();
    Map<String, Schema> schemas = new LinkedHashMap<>();
    Map<String, Parsed> trees = new LinkedHashMap<>();
    Configs configs = invocation.configs();
    for (ConfigSpec<?> spec : configs.specs()) {
      schemas.put(spec.id(), Binder.schema(spec.type()));
      trees.put(spec.id(), loaded.containsKey(spec.id()) ? loaded.get(spec.id()) : current(spec, configs));
    }
    Map<String, Parsed> applied = Overrides.apply(invocation.overrides(), schemas, trees, options);
    for (ConfigSpec<?> spec : configs.specs()) {
      if (applied.get(spec.id()) != trees.get(spec.id()) || before.pending().contains(spec.id())) {
        configs = configs.with(spec.id(), Construction.bound(spec, applied.get(spec.id()), invocation));
      }
    }
    before.writeDefaults(configs);
    return invocation.withConfigs(configs).with(TREES, new ConfigTrees(applied, Set.of()));
  }

  /**
   * Applies the overrides straight to the configs' values, without trees, in the common case where that gives what
   * the tree path gives: every config took its defaults, every override sets one top-level key that exactly one
   * config has, and every value converts. Returns {@code null} otherwise, and the tree path runs, and reports any
   * error with its origin.
   */
  private static @Nullable Configs setDirectly(Configs configs, List<String> overrides, OverrideOptions options) {
    Map<String, Map<String, @Nullable Object>> changes = new LinkedHashMap<>();
    for (String argument : overrides) {
      CliOverride override = CliOverride.parse(argument, options.separator());
      if (override.op() != CliOverride.Op.SET || override.prefix() != null || override.path().size() != 1) {
        return null;
      }
      String key = override.path().get(0);
      String owner = null;
      for (ConfigSpec<?> spec : configs.specs()) {
        if (Binder.schema(spec.type()).child(key) != null) {
          if (owner != null) {
            return null;
          }
          owner = spec.id();
        }
      }
      if (owner == null) {
        return null;
      }
      changes.computeIfAbsent(owner, id -> new LinkedHashMap<>()).put(key, override.value());
    }
    Configs set = configs;
    for (Map.Entry<String, Map<String, @Nullable Object>> change : changes.entrySet()) {
      Object value = set.get(change.getKey());
      Object changed = value == null ? null : Binder.withKeys(value, change.getValue());
      if (changed == null) {
        return null;
      }
      set = set.with(change.getKey(), changed);
    }
    return set;
  }

  /**
   * Reports a config that is still pending: it did not bind when loaded, and no post-config stage bound it since.
   *
   * @throws InputException saying what does not fit
   */
  public static void requireBound(Invocation invocation) {
    ConfigTrees trees = invocation.attribute(TREES).orElse(null);
    if (trees == null) {
      return;
    }
    for (ConfigSpec<?> spec : invocation.configs().specs()) {
      if (trees.pending().contains(spec.id())) {
        Construction.bound(spec, trees.byId().get(spec.id()), invocation);
      }
    }
    trees.writeDefaults(invocation.configs());
  }

  private static Parsed current(ConfigSpec<?> spec, Configs configs) {
    Object value = configs.get(spec.id());
    return value == null
        ? ConfigLoader.defaults(spec)
        : new Parsed(Binder.toTree(value), Map.of("", "the value of config " + spec.id()));
  }
}

package io.hookline.command.internal;

import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Configs;
import io.hookline.InputException;
import io.hookline.Invocation;
import io.hookline.Invocation.Attribute;
import io.hookline.compose.internal.Composed;
import io.hookline.compose.internal.CompositionException;
import io.hookline.compose.internal.GroupChoice;
import io.hookline.compose.internal.Interpolation;
import io.hookline.compose.internal.SearchPath;
import io.hookline.config.internal.ConfigLoader;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Secrets;
import io.hookline.config.internal.Targets;
import io.hookline.config.internal.Tree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The work of the {@code compose} hook: compose the config tree, lay each config's type defaults under its node,
 * apply the command line's value overrides, and bind every config to its node.
 *
 * <p>Contract: precedence is the type's defaults, then the composed files, then the command line. Each config binds
 * to the node its {@link ConfigSpec#node()} names; a config at the root takes what no other config takes. Hookline's
 * own node, {@code hookline}, is never a config's. A top-level key that no config takes is an error naming the file
 * and line that set it, as is a {@code hydra} node. The composed config stays in the invocation under
 * {@link #CONFIG}, and {@link ConfigStages#COMPOSED} tells the post-config overrides hook it has nothing left to do.
 */
public final class Composing {

  /** The composed config of an invocation, once the compose hook has run. */
  public static final Attribute<ComposedConfig> CONFIG = Attribute.of("composed config", ComposedConfig.class);

  /**
   * The runtime values of an invocation, for {@code ${hookline:…}} interpolations: {@code job.num}, {@code job.id},
   * {@code job.name}, {@code job.dir}, {@code sweep.dir} and {@code app.name}, as the runtime knows them.
   */
  public static final Attribute<RuntimeValues> RUNTIME = Attribute.of("runtime values", RuntimeValues.class);

  /**
   * Runtime values by dotted name; a value may be {@code null} (no job directory, say).
   *
   * @param values the values
   */
  public record RuntimeValues(Map<String, @Nullable Object> values) {
    /** Copies the values. */
    public RuntimeValues {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /**
   * Where an invocation's compositions start: its search path, shared by them so that each file is read once, and its
   * primary config; for a job that runs again, its saved config.
   */
  public static final Attribute<Source> SOURCE = Attribute.of("composition source", Source.class);

  /**
   * A search path and the primary config to compose from it.
   *
   * @param search the search path
   * @param primary the primary config's name
   * @param applied the invocation's overrides that the primary holds already (a job's saved config does)
   */
  public record Source(SearchPath search, String primary, List<String> applied) {
    /** Copies the overrides. */
    public Source {
      applied = List.copyOf(applied);
    }
  }


  /** The node of Hookline's own settings. */
  public static final String HOOKLINE = "hookline";

  private Composing() {}

  /**
   * A composed config, its value overrides applied.
   *
   * @param tree the whole tree, {@code hookline} included
   * @param origins where each value came from, by dotted path
   * @param composed what composition made, before the value overrides
   * @param secrets the dotted keys of the tree whose values are secret
   * @param search the search path it was composed from, whose resolvers its interpolations may call
   */
  public record ComposedConfig(Map<String, @Nullable Object> tree, Map<String, String> origins, Composed composed,
      Set<String> secrets, SearchPath search) {

    /**
     * Returns the tree as it may be shown or saved: its interpolations resolved with {@code runtime} (those of the
     * environment kept as written, if {@code resolve}), or all kept if not; every secret masked.
     */
    public @Nullable Object shown(boolean resolve, Map<String, @Nullable Object> runtime) {
      Object tree = resolve ? Interpolation.resolveKeepingEnvironment(tree(), List.of(), origins, runtime, search)
          : tree();
      return Secrets.mask(tree, secrets);
    }

    /** Returns {@code message} with the values of secrets masked. */
    String masked(String message) {
      return Secrets.maskIn(message, tree, secrets);
    }
  }

  /** Composes and binds the invocation's configs. */
  public static Invocation compose(Invocation invocation, Composition composition) {
    List<ConfigSpec<?>> specs = invocation.configs().specs();
    Source source = invocation.attribute(SOURCE).orElseGet(() -> Sources.of(composition, invocation.options(),
        invocation.overrides(), invocation.directory()));
    List<String> overrides = new ArrayList<>(invocation.overrides());
    source.applied().forEach(overrides::remove);
    ComposedConfig composed = ComposedTree.compose(source.search(), source.primary(), specs, overrides);
    Map<String, @Nullable Object> runtime = runtimeValues(composed, invocation);
    Configs configs = invocation.configs();
    for (ConfigSpec<?> spec : specs) {
      try {
        configs = configs.with(spec.id(), bind(spec, composed, specs, runtime, Construction.targets(invocation)));
      } catch (CompositionException e) {
        throw new CompositionException(e.code(), composed.masked(e.getMessage()));
      } catch (InputException e) {
        throw new InputException(composed.masked(e.getMessage()));
      }
    }
    return invocation.withConfigs(configs).with(CONFIG, composed).with(ConfigStages.COMPOSED, true);
  }

  /**
   * Returns the runtime values of a job, for {@code ${hookline:…}} interpolations, as an attribute and its value.
   *
   * @param dir the job's directory, or {@code null}
   * @param swept whether the job is one of a sweep's
   */
  public static Map<String, @Nullable Object> runtimeValues(String app, String command, int number,
      @Nullable Path dir, boolean swept) {
    Map<String, @Nullable Object> runtime = new LinkedHashMap<>();
    runtime.put("app.name", app);
    runtime.put("job.name", command);
    runtime.put("job.num", number);
    runtime.put("job.id", Integer.toString(number));
    runtime.put("job.dir", dir == null ? null : dir.toString());
    runtime.put("sweep.dir", dir == null || !swept ? null : String.valueOf(dir.getParent()));
    return runtime;
  }

  /** Returns {@code invocation} with the runtime values {@code values}. */
  public static Invocation withRuntime(Invocation invocation, Map<String, @Nullable Object> values) {
    return invocation.with(RUNTIME, new RuntimeValues(values));
  }

  /**
   * Returns what a job saves of its composed config: the tree resolved with the job's runtime values (environment
   * references kept as written), its secrets masked, and the choices made under {@code hookline.choices}. Composed
   * again as a primary config, it gives the same configs.
   */
  public static Map<String, @Nullable Object> saved(Invocation invocation) {
    ComposedConfig composed = invocation.attribute(CONFIG).orElseThrow();
    Map<String, @Nullable Object> runtime = runtimeValues(composed, invocation);
    Map<String, @Nullable Object> saved = asMap(composed.shown(true, runtime));
    Map<String, @Nullable Object> choices = new LinkedHashMap<>();
    composed.composed().choices().forEach((key, choice) -> choices.put(key,
        choice instanceof GroupChoice.Many many ? many.items() : choice.options().isEmpty() ? null : choice.options().get(0)));
    return asMap(Tree.set(saved, List.of(HOOKLINE, "choices"), choices));
  }

  /**
   * Returns the node at {@code path} of the config {@code invocation} composed, its interpolations resolved with the
   * job's runtime values and the environment, as a config is when it is bound.
   */
  public static @Nullable Object resolved(Invocation invocation, List<String> path) {
    ComposedConfig composed = invocation.attribute(CONFIG).orElseThrow();
    return Interpolation.resolve(composed.tree(), path, composed.origins(), System::getenv,
        runtimeValues(composed, invocation), composed.search());
  }

  /** Returns the runtime values of {@code invocation}, with the choices of {@code composed}. */
  private static Map<String, @Nullable Object> runtimeValues(ComposedConfig composed, Invocation invocation) {
    return runtimeValues(composed, invocation.attribute(RUNTIME).map(RuntimeValues::values).orElse(Map.of()),
        invocation.overrides());
  }

  /**
   * Returns {@code given} with the choices of {@code composed}, as {@code runtime.choices.KEY}, and the job's
   * {@code overrides} as a folder's name, {@code job.override_dirname}, written as {@code hookline.job} says.
   */
  public static Map<String, @Nullable Object> runtimeValues(ComposedConfig composed,
      Map<String, @Nullable Object> given, List<String> overrides) {
    Map<String, @Nullable Object> values = new LinkedHashMap<>(given);
    composed.composed().choices().forEach((key, choice) -> values.put("runtime.choices." + key,
        choice.options().size() == 1 ? choice.options().get(0) : choice.options()));
    Supplier<String> dirname = () -> OverrideDirname.from(Tree.get(composed.tree(), List.of(HOOKLINE, "job",
        "override_dirname")), composed.origins()).name(overrides);
    values.put("job.override_dirname", dirname); // made, and its code loaded, only when a config names it
    return values;
  }

  /**
   * Returns the value of config {@code spec}, bound from its node of {@code composed}, its interpolations resolved
   * with {@code runtime} for the runtime values.
   */
  private static Object bind(ConfigSpec<?> spec, ComposedConfig composed, List<ConfigSpec<?>> specs,
      Map<String, @Nullable Object> runtime, @Nullable Targets targets) {
    List<String> path = path(spec);
    Object node = Interpolation.resolve(composed.tree(), path, composed.origins(), System::getenv, runtime,
        composed.search());
    if (path.isEmpty()) {
      Object rest = new LinkedHashMap<>(asMap(node));
      List<List<String>> taken = new ArrayList<>();
      taken.add(List.of(HOOKLINE));
      specs.stream().filter(other -> other != spec && !other.node().isEmpty()).forEach(other -> taken.add(path(other)));
      for (List<String> other : taken) {
        rest = Tree.remove(rest, other);
        for (int up = other.size() - 1; up > 0 && Tree.get(rest, other.subList(0, up)) instanceof Map<?, ?> parent
            && parent.isEmpty(); up--) {
          rest = Tree.remove(rest, other.subList(0, up)); // a parent left empty by taking its only node goes too
        }
      }
      node = rest;
    }
    String prefix = spec.node().isEmpty() ? "" : spec.node() + ".";
    Map<String, String> origins = new HashMap<>();
    composed.origins().forEach((key, origin) -> {
      if (prefix.isEmpty() || key.startsWith(prefix)) {
        origins.put(key.substring(prefix.length()), origin);
      } else if (key.equals(spec.node())) {
        origins.put("", origin);
      }
    });
    return ConfigLoader.bind(spec, new Parsed(node, origins), prefix, targets);
  }

  static List<String> path(ConfigSpec<?> spec) {
    return spec.node().isEmpty() ? List.of() : Tree.split(spec.node());
  }

  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> asMap(@Nullable Object tree) {
    return tree instanceof Map<?, ?> map ? (Map<String, @Nullable Object>) map : new LinkedHashMap<>();
  }
}

package io.hookline;

import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.ConfigStages;
import io.hookline.command.internal.Construction;
import io.hookline.config.internal.Formats;
import io.hookline.pipeline.Hook;
import io.hookline.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The hooks every command gets unless it forgets or overrides them, their well-known keys, and factories for their
 * variations, as in coma.
 *
 * <table>
 *   <caption>The default hooks</caption>
 *   <tr><th>stage</th><th>key</th><th>what it does</th><th>factory</th></tr>
 *   <tr><td>parser</td><td>{@value #CONFIG_PATHS}</td><td>adds {@code --{id}-path FILE} for each config</td>
 *       <td>{@link #configPaths()}</td></tr>
 *   <tr><td>{@link Stage#CONFIG}</td><td>{@value #LOAD}</td><td>loads each config's file, or writes its defaults
 *       to a new one</td><td>{@link #load(LoadOptions)}</td></tr>
 *   <tr><td>{@link Stage#CONFIG}</td><td>{@value #COMPOSE}</td><td>in an app that composes, in place of
 *       {@value #LOAD}: composes the configs and applies the overrides</td><td>{@link #compose(Composition)}</td></tr>
 *   <tr><td>parser</td><td>{@value #COMPOSING_OPTIONS}</td><td>in an app that composes, in place of
 *       {@value #CONFIG_PATHS}: adds {@code --cfg}, {@code -p}, {@code --resolve}, {@code --info},
 *       {@code --config-dir} and {@code --config-name}</td><td>{@link #composingOptions()}</td></tr>
 *   <tr><td>{@link Stage#POST_CONFIG}</td><td>{@value #OVERRIDES}</td><td>applies the command-line overrides</td>
 *       <td>{@link #overrides(OverrideOptions)}</td></tr>
 *   <tr><td>{@link Stage#INIT}</td><td>{@value #BUILD}</td><td>builds the command from its configs</td>
 *       <td>{@link #build(InitBy, String...)}</td></tr>
 *   <tr><td>{@link Stage#RUN}</td><td>{@value #CALL}</td><td>runs the command and keeps its result</td>
 *       <td>{@link #call(String)}</td></tr>
 * </table>
 *
 * <p>To change one for every command, override it in the app's hooks: {@code
 * hooks.override(Stage.CONFIG, DefaultHooks.LOAD,
 *     DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS)))}. To
 * change it for one command, use {@link Command#override}.
 */
public final class DefaultHooks {

  /** The key of the parser hook that adds each config's path option. */
  public static final String CONFIG_PATHS = "config-paths";

  /** The key of the config hook that loads or writes each config. */
  public static final String LOAD = "load";

  /** The key of the config hook that composes the configs, in an app that composes them. */
  public static final String COMPOSE = "compose";

  /**
   * The key of the parser hook that adds the options of an app that composes: those that show a composed config, and
   * those that add a config folder or name another primary config.
   */
  public static final String COMPOSING_OPTIONS = "composing-options";

  /** The key of the post-config hook that applies the command-line overrides. */
  public static final String OVERRIDES = "overrides";

  /** The key of the init hook that builds the command. */
  public static final String BUILD = "build";

  /** The key of the run hook that runs the command. */
  public static final String CALL = "call";

  private DefaultHooks() {}

  /** Returns the default hooks table: each default hook under its key, every other stage empty. */
  public static Hooks table() {
    return Hooks.empty()
        .andThenParser(CONFIG_PATHS, configPaths())
        .andThen(Stage.CONFIG, LOAD, load(LoadOptions.defaults()))
        .andThen(Stage.POST_CONFIG, OVERRIDES, overrides(OverrideOptions.defaults()))
        .andThen(Stage.INIT, BUILD, build(InitBy.POSITION))
        .andThen(Stage.RUN, CALL, call("run"));
  }

  /** Returns the parser hook that adds {@code --{id}-path FILE} for each of the command's configs. */
  public static Hook<CommandSpec> configPaths() {
    return configPaths(Map.of());
  }

  /**
   * Returns the parser hook that adds a path option for each config: the one given in {@code custom} for its id, or
   * else {@code --{id}-path FILE}. Pair a custom option with {@link LoadOptions#withPathOption} if its
   * {@code dest} is not {@code {id}-path}.
   */
  public static Hook<CommandSpec> configPaths(Map<String, OptionSpec> custom) {
    Map<String, OptionSpec> byId = Map.copyOf(custom);
    return spec -> {
      CommandSpec described = spec;
      for (ConfigSpec<?> config : spec.configs()) {
        String id = config.id();
        described = described.withOption(byId.getOrDefault(id, OptionSpec.withValue(id + "-path", "FILE",
            "the file of config '" + id + "'")));
      }
      return described;
    };
  }

  /** Returns the config hook that loads each config as {@code options} say. */
  public static Hook<Invocation> load(LoadOptions options) {
    Objects.requireNonNull(options, "options");
    return invocation -> ConfigStages.load(invocation, options);
  }

  /**
   * Returns the config hook that composes the configs from {@code composition}: it composes the tree from the defaults
   * lists and the command line's choices, applies the command line's values to it, and binds each config to its node.
   * {@link io.hookline.App#compose} puts it in place of {@link #load}.
   */
  public static Hook<Invocation> compose(Composition composition) {
    Objects.requireNonNull(composition, "composition");
    return invocation -> Composing.compose(invocation, composition);
  }

  /**
   * Returns {@code hooks} made to compose from {@code composition}: the {@link #LOAD} hook replaced by the
   * {@link #COMPOSE} hook in the same place, the parser hook of the config path options left out, since composed
   * configs have no file of their own, and the {@link #composingOptions()} added. Hooks without a {@code load}
   * hook (a disabled config stage, say) get no {@code compose} hook either.
   */
  public static Hooks composing(Hooks hooks, Composition composition) {
    Pipeline<Invocation> config = hooks.stage(Stage.CONFIG);
    Hooks composing = hooks.forgetParser(CONFIG_PATHS).andThenParser(COMPOSING_OPTIONS, composingOptions());
    return config.contains(LOAD) ? composing.with(Stage.CONFIG, config.override(LOAD, COMPOSE, compose(composition)))
        : composing;
  }

  /**
   * Returns the parser hook that adds the options of an app that composes: those that show a composed config instead
   * of running the command, {@code --cfg job|hookline|all}, {@code --package/-p PATH}, {@code --resolve} and
   * {@code --info defaults|defaults-tree|searchpath|config}; and {@code --config-dir DIR}, which searches a folder
   * before the app's sources, and {@code --config-name NAME}, which composes from another primary config.
   */
  public static Hook<CommandSpec> composingOptions() {
    return spec -> spec
        .withOption(OptionSpec.withValue("cfg", "WHAT", "show the composed config and exit: job (the configs),"
            + " hookline (Hookline's own node) or all"))
        .withOption(OptionSpec.withValue("package", "PATH", "with --cfg, show only the node at PATH").withAliases("p"))
        .withOption(OptionSpec.flag("resolve", "with --cfg, resolve the interpolations first (environment variables"
            + " stay references)"))
        .withOption(OptionSpec.withValue("info", "WHAT", "show how the config is composed and exit: searchpath,"
            + " defaults-tree, defaults or config"))
        .withOption(OptionSpec.withValue("config-dir", "DIR", "search the config folder DIR before the app's own"
            + " sources (repeatable)"))
        .withOption(OptionSpec.withValue("config-name", "NAME", "compose from the primary config NAME instead of the"
            + " app's"));
  }

  /** Returns the post-config hook that applies the command-line overrides as {@code options} say. */
  public static Hook<Invocation> overrides(OverrideOptions options) {
    Objects.requireNonNull(options, "options");
    return invocation -> ConfigStages.applyOverrides(invocation, options);
  }

  /**
   * Returns the init hook that builds a command class from its configs, passed {@code by} position, name or type,
   * leaving out the configs in {@code skips}. A {@link Body} needs no building: it is its own instance.
   */
  public static Hook<Invocation> build(InitBy by, String... skips) {
    Objects.requireNonNull(by, "by");
    Set<String> skipped = Set.of(skips);
    return invocation -> Construction.build(invocation, by, skipped);
  }

  /** Returns the run hook that runs the command: a {@link Body} directly, a class through its method. */
  public static Hook<Invocation> call(String method) {
    Objects.requireNonNull(method, "method");
    return invocation -> Construction.call(invocation, method);
  }

  /**
   * How the default init hook passes configs to a command class's public constructor.
   *
   * <ul>
   *   <li>{@link #POSITION}: in config order, to the constructor with that many parameters (coma's default);
   *   <li>{@link #NAME}: each parameter receives the config whose id is its name (a record's component names, or any
   *       class compiled with {@code -parameters});
   *   <li>{@link #TYPE}: each parameter receives the one config of its type.
   * </ul>
   */
  public enum InitBy {
    POSITION,
    NAME,
    TYPE
  }

  /**
   * How the config stage finds each config's file, and what it does when the file is missing.
   *
   * <p>A config's file is the path given with its path option ({@code --{id}-path} unless set here), or else its
   * default path, which is its id unless set here. A path without an extension gets the default format's
   * ({@code .yaml} unless set here).
   *
   * @param defaultFormat the extension, and so the format, of paths given without one, and of files written for
   *     them: {@code yaml} (or {@code yml}), {@code json} or {@code conf} (HOCON)
   * @param whenMissing what a missing file means
   * @param defaultPaths default paths by config id, for configs whose file is not simply named after their id
   * @param pathOptions the option (its {@code dest}) that holds each config's path, by config id, where it is not
   *     {@code {id}-path}
   */
  public record LoadOptions(String defaultFormat, WhenMissing whenMissing, Map<String, String> defaultPaths,
      Map<String, String> pathOptions) {

    /** What the config stage does when a config's file is missing. */
    public enum WhenMissing {
      /** Use the config's defaults and write them to the file, so that the next run finds them: coma's way. */
      WRITE_DEFAULTS,
      /** Use the config's defaults, and write nothing. */
      USE_DEFAULTS,
      /** Fail: a missing file is bad input. */
      FAIL
    }

    /** Checks the format and copies the maps. */
    public LoadOptions {
      if (Formats.of(Path.of("config." + Objects.requireNonNull(defaultFormat, "defaultFormat"))).isEmpty()
          || defaultFormat.contains("/")) {
        throw new IllegalArgumentException(
            "the default format is the extension of a format Hookline reads (" + Formats.shown() + "), without the"
                + " dot, not '" + defaultFormat + "'");
      }
      Objects.requireNonNull(whenMissing, "whenMissing");
      defaultPaths = Map.copyOf(defaultPaths);
      pathOptions = Map.copyOf(pathOptions);
    }

    /** Returns the defaults, as in coma: YAML, and a missing file is written with the config's defaults. */
    public static LoadOptions defaults() {
      return new LoadOptions("yaml", WhenMissing.WRITE_DEFAULTS, Map.of(), Map.of());
    }

    /** Returns the option that holds config {@code id}'s path: {@code {id}-path} unless set. */
    public String pathOptionFor(String id) {
      return pathOptions.getOrDefault(id, id + "-path");
    }

    /** Returns these options with config {@code id}'s path read from the option stored under {@code dest}. */
    public LoadOptions withPathOption(String id, String dest) {
      Map<String, String> options = new HashMap<>(pathOptions);
      options.put(id, dest);
      return new LoadOptions(defaultFormat, whenMissing, defaultPaths, options);
    }

    /** Returns these options with another default format: {@code yaml}, {@code yml}, {@code json} or {@code conf}. */
    public LoadOptions withDefaultFormat(String format) {
      return new LoadOptions(format, whenMissing, defaultPaths, pathOptions);
    }

    /** Returns these options with a missing file meaning {@code action}. */
    public LoadOptions whenMissing(WhenMissing action) {
      return new LoadOptions(defaultFormat, action, defaultPaths, pathOptions);
    }

    /** Returns these options with {@code path} as the default path of config {@code id}. */
    public LoadOptions withDefaultPath(String id, String path) {
      Map<String, String> paths = new HashMap<>(defaultPaths);
      paths.put(id, path);
      return new LoadOptions(defaultFormat, whenMissing, paths, pathOptions);
    }

    /** Returns the path config {@code id} is read from when {@code given} (the option's value) is absent or blank. */
    public String pathFor(String id, @Nullable String given) {
      return given != null && !given.isBlank() ? given : defaultPaths.getOrDefault(id, id);
    }
  }

  /**
   * How the post-config stage applies command-line overrides.
   *
   * @param separator what separates a config id from a key: {@code ::} in {@code train::epochs=3}
   * @param exclusive whether an override without an id must fit exactly one config; if not, it goes to every config
   *     that has its key
   * @param failWhenUnmatched whether an override that fits no config, or names an unknown config, is an error rather
   *     than ignored
   * @param failWhenAmbiguous whether an id prefix that matches several configs is an error rather than ignored
   */
  public record OverrideOptions(
      String separator, boolean exclusive, boolean failWhenUnmatched, boolean failWhenAmbiguous) {

    /** Checks the separator. */
    public OverrideOptions {
      Objects.requireNonNull(separator, "separator");
      if (separator.isEmpty() || separator.contains("=") || separator.contains(".")) {
        throw new IllegalArgumentException("an override separator must be non-empty and hold neither '=' nor '.'");
      }
    }

    /** Returns the defaults: separator {@code ::}, overrides shared by every config that fits, mistakes are errors. */
    public static OverrideOptions defaults() {
      return new OverrideOptions("::", false, true, true);
    }

    /** Returns these options with another separator. */
    public OverrideOptions withSeparator(String newSeparator) {
      return new OverrideOptions(newSeparator, exclusive, failWhenUnmatched, failWhenAmbiguous);
    }

    /** Returns these options with overrides without an id required to fit exactly one config. */
    public OverrideOptions exclusively() {
      return new OverrideOptions(separator, true, failWhenUnmatched, failWhenAmbiguous);
    }

    /** Returns these options with unmatched overrides and ambiguous prefixes ignored instead of reported. */
    public OverrideOptions lenient() {
      return new OverrideOptions(separator, exclusive, false, false);
    }
  }
}

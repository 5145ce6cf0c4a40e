package io.hookline.internal;

import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.callback.internal.CallbackLoader;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.command.internal.ComposedTree;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.HooklineKeys;
import io.hookline.compose.internal.CompositionException;
import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.compose.internal.ListedSources;
import io.hookline.compose.internal.SearchPath;
import io.hookline.config.internal.Targets;
import io.hookline.config.internal.Tree;
import io.hookline.provider.internal.ProviderChoice;
import io.hookline.runtime.internal.Settings;
import io.hookline.sweep.internal.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Hookline's own node of a composed config, {@code hookline}, read once per invocation before any callback exists:
 * the callbacks it declares, in the composed order, and the launcher it picks.
 *
 * <p>Contract: every job of the invocation is composed first, so that a sweep that does not compose fails before
 * anything runs; and every job must compose the same {@code hookline} node, since callbacks and the launcher serve the
 * whole run. The node holds {@code callbacks} (a map of names to {@code _target_} entries), {@code launcher} (a
 * launcher's name, or a map of {@code name} and the launcher's options), {@code sweeper} (a {@link SweepNode}, read
 * before the jobs exist by {@link #sweep}), {@code mode} ({@code MULTIRUN} makes a run without {@code -m} a multirun,
 * read by {@link #mode}), {@code choices}, which a job's saved config records and which is only information,
 * {@code searchpath} (read by {@link ListedSources}), {@code job} (how {@code job.override_dirname} is written), and
 * {@code run} and {@code sweep}, the folders' templates (read by {@link RunDirs}), and {@code job_logging} and
 * {@code verbose}, how jobs log (checked by {@link HooklineKeys#check}); any other key is an error.
 *
 * @param callbacks the callbacks it declares, created, in order
 * @param launcher the launcher it picks, as the overrides {@code launcher=NAME} and {@code launcher.OPTION=VALUE}
 * @param config the first job's composed config, for run-level events
 * @param first the first job's composition, or {@code null} if there was no job to compose
 */
record HooklineNode(List<NamedCallback> callbacks, List<String> launcher, Map<String, @Nullable Object> config,
    Composing.@Nullable ComposedConfig first) {

  /**
   * What the composed node says of a run that was not asked for as a multirun.
   *
   * @param multirun whether {@code hookline.mode} is {@code MULTIRUN}, as Hydra's {@code hydra.mode}: the run is a
   *     multirun without {@code -m}
   * @param sweepAt where a sweep is declared ({@code hookline.sweeper}) while no mode is, or {@code null}: the run is
   *     a single run, and says so
   */
  record Mode(boolean multirun, @Nullable String sweepAt) {}

  /**
   * Reads Hookline's own node of the composed config, if the app composes: composed up front from each job of a
   * multirun's first {@code batch}, or from {@code given} alone in a single run ({@code batch} is {@code null}), the
   * launcher's own overrides aside.
   */
  static HooklineNode of(SearchPath search, String primary, ResolvedCommand command,
      List<String> given, @Nullable List<List<String>> batch, Settings settings) {
    List<String> overrides = Requests.withoutLauncher(given);
    if (batch != null) {
      for (String argument : overrides) {
        String key = ProviderChoice.key(argument);
        if ((key.startsWith("hookline.") || key.startsWith("hookline/")) && Sweep.of(List.of(argument)).size() > 1) {
          throw new InputException("'" + argument + "': Hookline's own settings (callbacks, the launcher) serve every"
              + " job, so they cannot be swept; set one value");
        }
      }
    }
    List<List<String>> jobs = batch != null ? batch : List.of(overrides);
    return read(search, primary, command.configs(), jobs, settings.targets(), batch != null);
  }

  /**
   * Composes each job of {@code jobs} (each a list of overrides) and reads the node; for a sweep
   * ({@code checkTargets}), checks each job's {@code _target_} nodes too, so that one that names no class fails the
   * sweep before any job runs.
   *
   * @throws InputException if a job does not compose, names a target that is not there, or the jobs' nodes differ, or
   *     the node is malformed
   * @throws io.hookline.callback.internal.CallbackFailed if a callback's constructor or the factory threw
   */
  static HooklineNode read(SearchPath search, String primary, List<ConfigSpec<?>> configs, List<List<String>> jobs,
      @Nullable Targets targets, boolean checkTargets) {
    Composing.ComposedConfig first = null;
    for (int i = 0; i < jobs.size(); i++) {
      Composing.ComposedConfig job;
      try {
        job = ComposedTree.compose(search, primary, configs, jobs.get(i));
      } catch (CompositionException e) {
        throw jobs.size() == 1 ? e : new CompositionException(e.code(), "job " + i + " (" + String.join(" ",
            jobs.get(i)) + "): " + e.getMessage());
      }
      if (checkTargets && Tree.mentions(job.tree(), Targets.TARGET)) {
        try {
          (targets != null ? targets : Targets.ANY).check(job.tree(), job.origins());
        } catch (InputException e) {
          throw new InputException("job " + i + " (" + String.join(" ", jobs.get(i)) + "): " + e.getMessage());
        }
      }
      if (first == null) {
        first = job;
      } else if (!Objects.equals(first.tree().get(Composing.HOOKLINE), job.tree().get(Composing.HOOKLINE))) {
        throw new CompositionException(Code.VALUE_OVERRIDE, "job " + i + " (" + String.join(" ", jobs.get(i))
            + ") composes another 'hookline' node than job 0; the sweep may not change Hookline's own settings, which"
            + " serve every job");
      }
    }
    Map<String, @Nullable Object> config = first == null ? Map.of() : first.tree();
    if (first != null) {
      refuseMisplaced(config, new ArrayList<>(), first.origins());
    }
    Object node = config.get(Composing.HOOKLINE);
    if (node == null) {
      return new HooklineNode(List.of(), List.of(), config, first);
    }
    Map<String, String> origins = Objects.requireNonNull(first).origins();
    if (!(node instanceof Map<?, ?> hookline)) {
      throw new InputException(where(origins, Composing.HOOKLINE) + ": 'hookline' is a map of callbacks and"
          + " launcher, not " + node);
    }
    HooklineKeys.check(hookline, key -> where(origins, key));
    String listedAt = hookline.containsKey(ListedSources.KEY) ? origins.get("hookline." + ListedSources.KEY) : null;
    SearchPath.Found own = listedAt == null ? null : search.find(primary); // read again only for this rare check
    if (listedAt != null && own != null && !listedAt.startsWith(own.shown() + ":")) {
      throw new InputException(listedAt + ": hookline." + ListedSources.KEY + " is read from the primary config only ("
          + own.shown() + "), before anything is composed; move it there");
    }
    List<NamedCallback> callbacks = CallbackLoader.create(hookline.get("callbacks"), origins, "hookline.callbacks",
        "the composed config", targets);
    return new HooklineNode(callbacks, launcher(hookline.get("launcher"), origins), config, first);
  }

  /**
   * Refuses a {@code hookline} node below the root that holds Hookline's own keys, as a package puts one there (a
   * primary config headed {@code # @package job}, say): Hookline reads its node at the root only, so it would be
   * ignored.
   */
  private static void refuseMisplaced(Map<?, ?> map, List<String> path, Map<String, String> origins) {
    if (path.size() > 4) {
      return;
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getValue() instanceof Map<?, ?> child) || entry.getKey() == null) {
        continue;
      }
      List<String> at = new ArrayList<>(path);
      at.add(String.valueOf(entry.getKey()));
      if (!path.isEmpty() && Composing.HOOKLINE.equals(entry.getKey())
          && child.keySet().stream().anyMatch(HooklineKeys.NAMES::contains)) {
        String dotted = String.join(".", at);
        throw new InputException(where(origins, dotted) + ": Hookline's own node is read at the root, and this one is"
            + " at '" + dotted + "', where its config's package puts it; move it to a config at the root, or give that"
            + " config the header '# @package _global_' and its other keys their full paths");
      }
      if (!path.isEmpty() || !Composing.HOOKLINE.equals(entry.getKey())) {
        refuseMisplaced(child, at, origins);
      }
    }
  }

  /** Returns whether the node chooses where runs, sweeps or jobs write ({@code run}, {@code sweep}, {@code job}). */
  boolean placesRuns() {
    return config.get(Composing.HOOKLINE) instanceof Map<?, ?> node
        && (node.containsKey("run") || node.containsKey("sweep") || node.containsKey("job"));
  }

  /** Returns the launcher overrides {@code node} stands for. */
  private static List<String> launcher(@Nullable Object node, Map<String, String> origins) {
    List<String> overrides = new ArrayList<>();
    if (node == null) {
      return overrides;
    }
    if (node instanceof String name) {
      overrides.add("launcher=" + name);
      return overrides;
    }
    if (!(node instanceof Map<?, ?> map) || !(map.get("name") instanceof String name)) {
      throw new InputException(where(origins, "hookline.launcher") + ": 'hookline.launcher' is a launcher's name, or"
          + " a map of its name and options, as in {name: parallel, threads: 4}");
    }
    overrides.add("launcher=" + name);
    map.forEach((key, value) -> {
      if (!"name".equals(key)) {
        flatten("launcher." + key, value, overrides);
      }
    });
    return overrides;
  }

  /**
   * Composes the config once with {@code overrides}, the sweep's arguments that sweep nothing, and returns the
   * arguments its {@code hookline.sweeper} node stands for (see {@link SweepNode}), before any job exists; none if it
   * does not compose without the swept values.
   *
   * @throws InputException if the node is malformed
   */
  static List<String> sweep(SearchPath search, String primary, List<ConfigSpec<?>> configs, List<String> overrides) {
    Composing.ComposedConfig composed;
    try {
      composed = ComposedTree.compose(search, primary, configs, overrides);
    } catch (CompositionException needsTheSweep) {
      // a group that only the swept values choose, say: no sweeper is declared then, and each job, composed for
      // itself, says what is wrong, if anything is
      return List.of();
    }
    if (!(composed.tree().get(Composing.HOOKLINE) instanceof Map<?, ?> hookline)) {
      return List.of();
    }
    String path = Composing.HOOKLINE + ".sweeper";
    return SweepNode.arguments(hookline.get("sweeper"), path + " in " + where(composed.origins(), path));
  }

  /**
   * Composes {@code overrides} and reads the mode the node sets ({@code hookline.mode: MULTIRUN} or {@code RUN}), and
   * where it declares a sweep.
   *
   * @throws InputException if the mode is neither
   */
  static Mode mode(SearchPath search, String primary, List<ConfigSpec<?>> configs, List<String> overrides) {
    Composing.ComposedConfig composed;
    try {
      composed = ComposedTree.compose(search, primary, configs, overrides);
    } catch (CompositionException doesNotCompose) {
      return new Mode(false, null); // the run itself says what is wrong
    }
    if (!(composed.tree().get(Composing.HOOKLINE) instanceof Map<?, ?> hookline)) {
      return new Mode(false, null);
    }
    Object mode = hookline.get("mode");
    String path = Composing.HOOKLINE + ".mode";
    if (mode != null && !"MULTIRUN".equals(mode) && !"RUN".equals(mode)) {
      throw new InputException(where(composed.origins(), path) + ": 'hookline.mode' is MULTIRUN or RUN, not '" + mode
          + "'");
    }
    String sweeper = Composing.HOOKLINE + ".sweeper";
    return new Mode("MULTIRUN".equals(mode), mode == null && hookline.get("sweeper") != null
        ? where(composed.origins(), sweeper) : null);
  }

  /** Adds {@code key=value} to {@code into}, a map's every leaf as {@code key.child=value}. */
  static void flatten(String key, @Nullable Object value, List<String> into) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((child, nested) -> flatten(key + "." + child, nested, into));
    } else {
      into.add(key + "=" + value);
    }
  }

  /** Returns where the value at {@code path} came from, or else where the first value below it did. */
  private static String where(Map<String, String> origins, String path) {
    String origin = origins.get(path);
    if (origin == null) {
      origin = origins.entrySet().stream().filter(entry -> entry.getKey().startsWith(path + "."))
          .map(Map.Entry::getValue).sorted().findFirst().orElse(null);
    }
    return origin != null ? origin : "the composed config";
  }
}

package io.hookline.internal;

import io.hookline.callback.internal.CallbackLoader;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.command.Factory;
import io.hookline.command.internal.Composing;
import io.hookline.compose.internal.SearchPath;
import io.hookline.compose.CompositionException;
import io.hookline.compose.CompositionException.Code;
import io.hookline.config.ConfigSpec;
import io.hookline.config.internal.Suggestions;
import io.hookline.failure.InputException;
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
 * before the jobs exist by {@link #sweep}), and {@code choices}, which a job's saved config records and which is only
 * information; any other key is an error.
 *
 * @param callbacks the callbacks it declares, created, in order
 * @param launcher the launcher it picks, as the overrides {@code launcher=NAME} and {@code launcher.OPTION=VALUE}
 * @param config the first job's composed config, for run-level events
 */
record HooklineNode(List<NamedCallback> callbacks, List<String> launcher, Map<String, @Nullable Object> config) {


  private static final List<String> KEYS = List.of("callbacks", "launcher", "sweeper", "choices");

  /**
   * Composes each job of {@code jobs} (each a list of overrides) and reads the node.
   *
   * @throws InputException if a job does not compose, or the jobs' nodes differ, or the node is malformed
   * @throws Exception what a callback's constructor threw
   */
  static HooklineNode read(SearchPath search, String primary, List<ConfigSpec<?>> configs, List<List<String>> jobs,
      Factory factory) throws Exception {
    Composing.ComposedConfig first = null;
    for (int i = 0; i < jobs.size(); i++) {
      Composing.ComposedConfig job;
      try {
        job = Composing.compose(search, primary, configs, jobs.get(i));
      } catch (CompositionException e) {
        throw jobs.size() == 1 ? e : new CompositionException(e.code(), "job " + i + " (" + String.join(" ",
            jobs.get(i)) + "): " + e.getMessage());
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
    Object node = config.get(Composing.HOOKLINE);
    if (node == null) {
      return new HooklineNode(List.of(), List.of(), config);
    }
    Map<String, String> origins = Objects.requireNonNull(first).origins();
    if (!(node instanceof Map<?, ?> hookline)) {
      throw new InputException(where(origins, Composing.HOOKLINE) + ": 'hookline' is a map of callbacks and"
          + " launcher, not " + node);
    }
    for (Object key : hookline.keySet()) {
      if (!KEYS.contains(key)) {
        throw new InputException(where(origins, "hookline." + key) + ": unknown key 'hookline." + key + "'"
            + Suggestions.didYouMean(String.valueOf(key), KEYS) + "; the keys are " + KEYS);
      }
    }
    List<NamedCallback> callbacks = CallbackLoader.create(hookline.get("callbacks"), origins, "hookline.callbacks",
        "the composed config", factory);
    return new HooklineNode(callbacks, launcher(hookline.get("launcher"), origins), config);
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
      composed = Composing.compose(search, primary, configs, overrides);
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

  /** Adds {@code key=value} to {@code into}, a map's every leaf as {@code key.child=value}. */
  static void flatten(String key, @Nullable Object value, List<String> into) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((child, nested) -> flatten(key + "." + child, nested, into));
    } else {
      into.add(key + "=" + value);
    }
  }

  private static String where(Map<String, String> origins, String path) {
    String origin = origins.get(path);
    return origin != null ? origin : "the composed config";
  }
}

package io.hookline.internal;

import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.Invocation.Attribute;
import io.hookline.command.internal.ComposedTree;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.OverrideDirname;
import io.hookline.compose.internal.Interpolation;
import io.hookline.launch.internal.JobFolders;
import io.hookline.runtime.internal.Runs;
import io.hookline.runtime.internal.Settings;
import java.nio.file.InvalidPathException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The folders a composed config chooses for a run and a sweep, as Hydra's {@code hydra.run.dir} and
 * {@code hydra.sweep.dir}: {@code hookline.run.dir} and {@code hookline.sweep.dir}, templates resolved like any value
 * ({@code ${now:%Y-%m-%d}}, a config's key, {@code ${hookline:job.override_dirname}}, the environment).
 *
 * <p>Contract: a template is resolved once, when the run or the sweep starts, from the first job's composed config:
 * a run's with that job's runtime values, a sweep's with the app's and the command's names only, since it holds every
 * job. A relative result is under the app's output root. Setting one gives the run or the sweep a folder even where
 * the app's {@code OutputDirs} gives none; two runs whose templates resolve to one folder get {@code NAME_1},
 * {@code NAME_2}, …, never one folder. A template that does not resolve to a path is one line naming the key and where
 * it is written. {@code hookline.sweep.subdir} names each job's folder under the sweep's (see {@link JobFolders}),
 * from the job's own composed config, by {@link #jobFolders}.
 */
final class RunDirs {

  private RunDirs() {}

  /**
   * Returns the attributes that give the run (or, if {@code sweep}, the sweep) of {@code command} the folder that
   * {@code hookline}'s first job chooses; none if it chooses none.
   *
   * @param overrides the first job's overrides
   * @param settings the app's settings, whose output root relative templates are under
   */
  static Map<Attribute<?>, Object> attributes(String app, String command, HooklineNode hookline,
      List<String> overrides, boolean sweep, Settings settings) {
    Composing.ComposedConfig first = hookline.first();
    if (first == null || !(first.tree().get(Composing.HOOKLINE) instanceof Map<?, ?> node)) {
      return Map.of();
    }
    check(node, "run", List.of("dir"), first);
    check(node, "sweep", List.of("dir", "subdir"), first);
    check(node, "job", List.of("override_dirname"), first);
    if (node.get("job") instanceof Map<?, ?> job) { // checked here, whether or not a value uses it
      OverrideDirname.from(job.get("override_dirname"), first.origins());
    }
    String kind = sweep ? "sweep" : "run";
    if (!(node.get(kind) instanceof Map<?, ?> chosen) || !chosen.containsKey("dir")) {
      return Map.of();
    }
    Map<String, @Nullable Object> runtime = sweep ? beforeFolders(app, command, 0, false, "job.num", "job.id")
        : beforeFolders(app, command, 0, false);
    Map<String, @Nullable Object> values = sweep ? runtime : Composing.runtimeValues(first, runtime, overrides);
    String key = "hookline." + kind + ".dir";
    String text = resolved(first, List.of(Composing.HOOKLINE, kind, "dir"), values, "multirun/${now:%Y-%m-%d}");
    try {
      return Map.of(sweep ? Runs.SWEEP_DIR : Runs.RUN_DIR,
          settings.directory().resolve(settings.outputs().root()).resolve(text));
    } catch (InvalidPathException e) {
      throw new InputException(where(first, key) + ": " + key + " resolves to '" + text + "', which is not a path: "
          + e.getReason());
    }
  }

  /**
   * Returns the attribute that names a sweep's jobs' folders when {@code hookline.sweep.subdir} says (none if it does
   * not): each job is composed (the first one's composition is {@code hookline}'s) and the template resolved with its
   * config and its runtime values, its folder aside.
   */
  static Map<Attribute<?>, Object> jobFolders(String app, ResolvedCommand command, HooklineNode hookline,
      Composing.@Nullable Source source) {
    Composing.ComposedConfig first = hookline.first();
    if (source == null || first == null || !(first.tree().get(Composing.HOOKLINE) instanceof Map<?, ?> node)
        || !(node.get("sweep") instanceof Map<?, ?> sweep) || !sweep.containsKey("subdir")) {
      return Map.of();
    }
    List<ConfigSpec<?>> configs = command.configs();
    String name = command.spec().command();
    JobFolders.Naming naming = (number, overrides) -> {
      Composing.ComposedConfig job = ComposedTree.compose(source.search(), source.primary(), configs, overrides);
      return resolved(job, List.of(Composing.HOOKLINE, "sweep", "subdir"),
          Composing.runtimeValues(job, beforeFolders(app, name, number, true), overrides),
          "${hookline:job.override_dirname}");
    };
    return Map.of(JobFolders.NAMING, naming);
  }

  /** Returns what a resumed sweep's jobs start with: where they compose from, and how their folders are named. */
  static Map<Attribute<?>, Object> resumed(String app, ResolvedCommand command, @Nullable HooklineNode hookline,
      Composing.@Nullable Source source) {
    Map<Attribute<?>, Object> attributes = new LinkedHashMap<>();
    if (source != null) {
      attributes.put(Composing.SOURCE, source);
    }
    if (hookline != null && hookline.placesRuns()) {
      attributes.putAll(jobFolders(app, command, hookline, source));
    }
    return attributes;
  }

  /**
   * Returns the runtime values a folder's template may use: a job's, less its folder and its sweep's, which the
   * template is making, and less {@code unknown}, which the folder is not made from.
   */
  private static Map<String, @Nullable Object> beforeFolders(String app, String command, int number, boolean swept,
      String... unknown) {
    Map<String, @Nullable Object> runtime = new LinkedHashMap<>(Composing.runtimeValues(app, command, number, null,
        swept));
    runtime.keySet().removeAll(List.of("job.dir", "sweep.dir"));
    runtime.keySet().removeAll(List.of(unknown));
    return runtime;
  }

  /** Returns the template at {@code path} of {@code composed}, resolved with {@code values}: a text or a number. */
  private static String resolved(Composing.ComposedConfig composed, List<String> path,
      Map<String, @Nullable Object> values, String example) {
    Object resolved = Interpolation.resolve(composed.tree(), path, composed.origins(), System::getenv, values,
        composed.search());
    String key = String.join(".", path);
    if (!(resolved instanceof String || resolved instanceof Number) || String.valueOf(resolved).isBlank()) {
      throw new InputException(where(composed, key) + ": " + key + " is a folder's path, as in " + example + ", not "
          + resolved);
    }
    return String.valueOf(resolved);
  }

  /** Checks that {@code node}'s {@code kind} is a map of {@code keys}, if it is there. */
  private static void check(Map<?, ?> node, String kind, List<String> keys, Composing.ComposedConfig first) {
    if (!node.containsKey(kind)) {
      return;
    }
    String path = "hookline." + kind;
    if (!(node.get(kind) instanceof Map<?, ?> map)) {
      throw new InputException(where(first, path) + ": " + path + " is a map of " + keys + ", not " + node.get(kind));
    }
    for (Object key : map.keySet()) {
      if (!keys.contains(key)) {
        throw new InputException(where(first, path + "." + key) + ": unknown key '" + path + "." + key + "'; the keys"
            + " are " + keys);
      }
    }
  }

  private static String where(Composing.ComposedConfig first, String key) {
    return first.origins().getOrDefault(key, "the composed config");
  }
}

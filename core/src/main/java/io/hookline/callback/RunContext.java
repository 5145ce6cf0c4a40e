package io.hookline.callback;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What run-level events ({@code onRunStart}, {@code onRunEnd}, {@code onMultirunStart}, {@code onMultirunEnd}) know
 * about the run.
 *
 * @param app the app's name
 * @param command the invoked command's name
 * @param overrides the override arguments as given (with their sweeps, in a multirun)
 * @param jobs the number of jobs: 1 in a single run; in a multirun whose sweeper proposes several batches, the first
 *     batch's ({@code onMultirunEnd}'s list holds them all)
 * @param outputDir the run's output directory (the sweep directory in a multirun), or {@code null} if off
 * @param config the composed config, as a tree of maps, lists and values, its interpolations as written (the first
 *     job's, in a multirun); empty unless the app composes its configs
 * @param best in {@code onMultirunEnd}, the return of the best job, if the sweeper names one (successive halving
 *     does); {@code null} otherwise, and in every other event
 */
public record RunContext(String app, String command, List<String> overrides, int jobs, @Nullable Path outputDir,
    Map<String, @Nullable Object> config, @Nullable JobReturn best) {

  /** Copies the overrides and the config. */
  public RunContext {
    overrides = List.copyOf(overrides);
    config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
  }

  /** Returns the context of a run that names no best job. */
  public RunContext(String app, String command, List<String> overrides, int jobs, @Nullable Path outputDir,
      Map<String, @Nullable Object> config) {
    this(app, command, overrides, jobs, outputDir, config, null);
  }

  /** Returns the context of a run whose app does not compose its configs. */
  public RunContext(String app, String command, List<String> overrides, int jobs, @Nullable Path outputDir) {
    this(app, command, overrides, jobs, outputDir, Map.of());
  }

  /** Returns this context naming {@code job} as the best. */
  public RunContext withBest(JobReturn job) {
    return new RunContext(app, command, overrides, jobs, outputDir, config, job);
  }
}

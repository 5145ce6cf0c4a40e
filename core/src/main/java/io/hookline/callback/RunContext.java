package io.hookline.callback;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What run-level events ({@code onRunStart}, {@code onRunEnd}, {@code onMultirunStart}, {@code onMultirunEnd}) know
 * about the run.
 *
 * @param app the app's name
 * @param command the invoked command's name
 * @param overrides the override arguments as given (with their sweeps, in a multirun)
 * @param jobs the number of jobs: 1 in a single run
 * @param outputDir the run's output directory (the sweep directory in a multirun), or {@code null} if off
 */
public record RunContext(String app, String command, List<String> overrides, int jobs, @Nullable Path outputDir) {

  /** Copies the overrides. */
  public RunContext {
    overrides = List.copyOf(overrides);
  }
}

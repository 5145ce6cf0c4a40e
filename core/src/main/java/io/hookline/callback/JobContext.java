package io.hookline.callback;

import io.hookline.Configs;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What job events ({@code onJobStart}, {@code onJobEnd}) know about the job.
 *
 * <p>The configs are the job's, with its overrides applied, as they were when its config stages finished. If those
 * stages failed, they are the declared defaults, and the job's {@link JobReturn} says why.
 *
 * @param app the app's name
 * @param command the invoked command's name
 * @param configs the job's configs
 * @param overrides the job's override arguments
 * @param number the job's number, from 0
 * @param id the job's id
 * @param outputDir the job's output directory, or {@code null} if output directories are off
 */
public record JobContext(String app, String command, Configs configs, List<String> overrides, int number, String id,
    @Nullable Path outputDir) {

  /** Copies the overrides. */
  public JobContext {
    overrides = List.copyOf(overrides);
  }
}

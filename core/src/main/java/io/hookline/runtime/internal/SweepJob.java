package io.hookline.runtime.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.LocalLauncher.Job;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One job of a sweep, as the runtime hands it to a launcher that runs jobs in this JVM.
 *
 * @param number the job's number
 * @param overrides its override arguments
 * @param directory its directory, or {@code null} if the sweep has none
 * @param body runs the job in this process, inside its boundary
 */
record SweepJob(int number, List<String> overrides, @Nullable Path directory, Supplier<JobReturn> body)
    implements Job {

  @Override
  public JobReturn run() {
    return body.get();
  }
}

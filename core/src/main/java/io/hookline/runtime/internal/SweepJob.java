package io.hookline.runtime.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.Job;
import io.hookline.launch.internal.Worker;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One job of a sweep, as the runtime hands it to a launcher.
 *
 * @param number the job's number
 * @param overrides its override arguments
 * @param directory its directory, or {@code null} if the sweep has none
 * @param plan the sweep's plan, or {@code null} if its launcher runs jobs in this process
 * @param body runs the job in this process, inside its boundary
 */
record SweepJob(int number, List<String> overrides, @Nullable Path directory, @Nullable Path plan,
    Supplier<JobReturn> body) implements Job {

  @Override
  public JobReturn run() {
    return body.get();
  }

  @Override
  public List<String> workerArguments() {
    return List.of(Worker.OPTION, planned().toString(), Integer.toString(number));
  }

  @Override
  public Path resultFile() {
    planned();
    return Worker.resultFile(Objects.requireNonNull(directory, "a job with a plan has a directory"));
  }

  private Path planned() {
    if (plan == null) {
      throw new IllegalStateException("this multirun has no plan: its launcher runs jobs in this process");
    }
    return plan;
  }
}

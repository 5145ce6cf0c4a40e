package io.hookline.examples.trainer;

import io.hookline.callback.Callback;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A callback that sums up a sweep: a table of every job's overrides and outcome, best first, printed and written to
 * {@code summary.md} in the sweep's directory.
 */
public final class Summary implements Callback {

  @Override
  public void onMultirunEnd(RunContext run, List<JobReturn> results) {
    StringBuilder table = new StringBuilder("| job | overrides | outcome |\n|---:|---|---|\n");
    results.stream()
        .sorted((a, b) -> Double.compare(accuracy(b), accuracy(a)))
        .forEach(result -> table.append("| ").append(result.number()).append(" | ")
            .append(String.join(" ", result.overrides())).append(" | ")
            .append(result.completed() ? outcome(result) : result.status() + ": " + message(result)).append(" |\n"));
    System.out.print(table);
    Path dir = run.outputDir();
    if (dir != null) {
      try {
        Files.writeString(dir.resolve("summary.md"), table);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path here = Path.of("").toAbsolutePath();
      Path summary = dir.resolve("summary.md").toAbsolutePath();
      System.out.println("Summary written to " + (summary.startsWith(here) ? here.relativize(summary) : summary));
    }
  }

  private static double accuracy(JobReturn result) {
    return result.completed() ? result.valueAs(Metrics.class).map(Metrics::accuracy).orElse(-1.0) : -1;
  }

  /** Returns the job's metrics, whether it ran in this JVM (the metrics themselves) or in a worker (their JSON). */
  private static Object outcome(JobReturn result) {
    return result.valueAs(Metrics.class).<Object>map(metrics -> metrics).orElse("no metrics");
  }

  private static String message(JobReturn result) {
    Throwable error = result.error();
    return error == null ? "" : error.getMessage();
  }
}

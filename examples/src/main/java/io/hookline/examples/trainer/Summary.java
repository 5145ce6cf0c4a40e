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
            .append(result.completed() ? result.value() : result.status() + ": " + message(result)).append(" |\n"));
    System.out.print(table);
    Path dir = run.outputDir();
    if (dir != null) {
      try {
        Files.writeString(dir.resolve("summary.md"), table);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path here = Path.of("").toAbsolutePath();
      System.out.println("Summary written to " + here.relativize(dir.resolve("summary.md").toAbsolutePath()));
    }
  }

  private static double accuracy(JobReturn result) {
    return result.value() instanceof Metrics metrics ? metrics.accuracy() : -1;
  }

  private static String message(JobReturn result) {
    Throwable error = result.error();
    return error == null ? "" : error.getMessage();
  }
}

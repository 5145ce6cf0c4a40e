package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.failure.Failure;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.launch.Job;
import io.hookline.launch.JobLostException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the launchers that run jobs elsewhere make of a worker's end: the return it wrote, or, if it wrote none, a
 * FAILED return whose error is a {@link JobLostException}.
 */
final class WorkerResults {

  private WorkerResults() {}

  /** Returns the return the job's worker wrote, if it wrote one. */
  static Optional<JobReturn> read(Job job) {
    Path file = job.resultFile();
    return Files.exists(file) ? Optional.of(JobReturnJson.read(file, job.directory())) : Optional.empty();
  }

  /** Returns the FAILED return of a job whose worker, started at {@code start}, left no result, for {@code reason}. */
  static JobReturn lost(Job job, String reason, Instant start) {
    return failed(job, new Failure(Failure.Kind.INFRASTRUCTURE, new JobLostException(reason)), start);
  }

  /** Returns the return of {@code job}, started at {@code start} and ended now, with {@code failure}. */
  static JobReturn failed(Job job, Failure failure, Instant start) {
    return JobReturn.failed(failure, job.overrides(), job.number(), Integer.toString(job.number()), job.directory(),
        start, Instant.now());
  }

  /** Returns the INTERRUPTED return of a job whose worker, started at {@code start}, was stopped before its return. */
  static JobReturn interrupted(Job job, Instant start) {
    return failed(job, new Failure(Failure.Kind.INTERRUPTED,
        new InterruptedException("the worker was stopped before it wrote the job's return")), start);
  }

  /**
   * Returns " (its last words: LINE)" with the last line that is not blank of the first of {@code logs} that has one,
   * shortened, or an empty string if none has.
   */
  static String lastWords(Path... logs) {
    for (Path log : logs) {
      try {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        for (int i = lines.size() - 1; i >= 0; i--) {
          String line = lines.get(i).strip();
          if (!line.isEmpty()) {
            return " (its last words: " + (line.length() > 200 ? line.substring(0, 200) + "…" : line) + ")";
          }
        }
      } catch (IOException | RuntimeException e) {
        // not readable, or not text: try the next log
      }
    }
    return "";
  }

  /** Returns the first line of {@code text} that is not blank, or "no output". */
  static String firstLine(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("no output");
  }

  /** Says how a process that exited with {@code code} ended: on a signal (a code above 128) or with the code. */
  static String howItEnded(int code) {
    return code > 128 && code < 160 ? "was ended by signal " + (code - 128) + " (exit code " + code + ")"
        : "exited with code " + code;
  }
}

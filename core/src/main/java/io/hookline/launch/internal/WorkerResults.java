package io.hookline.launch.internal;

import io.hookline.Failure;
import io.hookline.InfrastructureException;
import io.hookline.callback.JobReturn;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.launch.WorkerLauncher.Job;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
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

  /** How much of the end of a log is read for a lost worker's last words, however large the log. */
  static final int TAIL_BYTES = 64 * 1024;

  private WorkerResults() {}

  /**
   * Returns the return the job's worker wrote, if it wrote one; one that cannot be read is a FAILED return, an
   * infrastructure failure that says why.
   */
  static Optional<JobReturn> read(Job job) {
    Path file = job.returnFile();
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JobReturnJson.read(file, job.directory()));
    } catch (RuntimeException unreadable) {
      return Optional.of(failed(job, new Failure(Failure.Kind.INFRASTRUCTURE, new InfrastructureException(
          "the worker's return cannot be read: " + unreadable.getMessage(), unreadable)), Instant.now()));
    }
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

  /** Returns the SKIPPED return of a job that the sweep's failure policy stopped before its worker started. */
  static JobReturn skipped(Job job) {
    return JobReturn.skipped(job.overrides(), job.number(), Integer.toString(job.number()), job.directory(),
        Instant.now());
  }

  /** Returns the INTERRUPTED return of a job whose worker, started at {@code start}, was stopped before its return. */
  static JobReturn interrupted(Job job, Instant start) {
    return failed(job, new Failure(Failure.Kind.INTERRUPTED,
        new InterruptedException("the worker was stopped before it wrote the job's return")), start);
  }

  /**
   * Returns " (its last words: LINE)" with the last line that is not blank of the first of {@code logs} that has one,
   * shortened, or an empty string if none has; what a serving worker says to its controller is not a last word.
   */
  static String lastWords(Path... logs) {
    for (Path log : logs) {
      try {
        List<String> lines = tail(log).lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
          String line = lines.get(i).strip();
          if (!line.isEmpty() && !line.startsWith("\u0001")) { // a serving worker's word to its controller
            return " (its last words: " + (line.length() > 200 ? line.substring(0, 200) + "…" : line) + ")";
          }
        }
      } catch (IOException | RuntimeException e) {
        // not readable, or not text: try the next log
      }
    }
    return "";
  }

  /** Returns the last {@value #TAIL_BYTES} bytes of {@code log} as text, or nothing if it does not exist. */
  private static String tail(Path log) throws IOException {
    if (!Files.isRegularFile(log)) {
      return "";
    }
    try (SeekableByteChannel channel = Files.newByteChannel(log)) {
      long size = channel.size();
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, TAIL_BYTES));
      channel.position(size - buffer.capacity());
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read on until the buffer is full
      }
      return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }
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

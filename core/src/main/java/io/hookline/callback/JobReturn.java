package io.hookline.callback;

import io.hookline.Failure;
import io.hookline.config.internal.Binder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one job: how it ended, what it returned or threw, and which job it was.
 *
 * <p>Contract: immutable, and reading it never throws. A failed job's {@link Failure} is a field; unlike Hydra's
 * {@code return_value}, nothing rethrows it. {@code value} is {@code null} unless the job completed (and may be
 * {@code null} then too). The status and the failure agree, so that no return says two things: a COMPLETED or
 * SKIPPED job has no failure, an INTERRUPTED one has a failure of kind {@link Failure.Kind#INTERRUPTED}, and a FAILED
 * one a failure of any other kind.
 *
 * @param status how the job ended
 * @param value what the command returned
 * @param failure why the job did not complete, or {@code null} if it completed or was skipped
 * @param overrides the job's override arguments, swept and fixed ones
 * @param number the job's number, from 0 in sweep order (0 in a single run)
 * @param id the job's id, unique within the run: its number, unless a launcher gives another
 * @param outputDir the job's output directory, or {@code null} if output directories are off
 * @param start when the job started
 * @param end when it ended
 * @param attempt which run of the job this is: 1, unless a resumed sweep ran it again
 * @param loaded whether this invocation loaded the return from the sweep's journal rather than running the job
 */
public record JobReturn(Status status, @Nullable Object value, @Nullable Failure failure, List<String> overrides,
    int number, String id, @Nullable Path outputDir, Instant start, Instant end, int attempt, boolean loaded) {

  /**
   * Checks and copies the fields.
   *
   * @throws IllegalArgumentException if the status and the failure disagree
   */
  public JobReturn {
    Objects.requireNonNull(status, "status");
    boolean agree = switch (status) {
      case COMPLETED, SKIPPED -> failure == null;
      case INTERRUPTED -> failure != null && failure.kind() == Failure.Kind.INTERRUPTED;
      case FAILED -> failure != null && failure.kind() != Failure.Kind.INTERRUPTED;
    };
    if (!agree) {
      throw new IllegalArgumentException("a " + status + " job cannot have the failure " + failure);
    }
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (attempt < 1) {
      throw new IllegalArgumentException("a job's attempts count from 1, not " + attempt);
    }
  }

  /** Returns the return of a job's first attempt, run by this invocation. */
  public JobReturn(Status status, @Nullable Object value, @Nullable Failure failure, List<String> overrides,
      int number, String id, @Nullable Path outputDir, Instant start, Instant end) {
    this(status, value, failure, overrides, number, id, outputDir, start, end, 1, false);
  }

  /** Returns this return as the {@code attempt}th run of its job. */
  public JobReturn withAttempt(int newAttempt) {
    return new JobReturn(status, value, failure, overrides, number, id, outputDir, start, end, newAttempt, loaded);
  }

  /** Returns this return as loaded from a journal, not run by this invocation. */
  public JobReturn asLoaded() {
    return new JobReturn(status, value, failure, overrides, number, id, outputDir, start, end, attempt, true);
  }

  /**
   * Returns the value as a {@code type}: the value itself if it is one, or else its tree bound to {@code type}. A job
   * that ran in another process (on the process or SLURM launcher) comes back with its value as a tree of maps, lists
   * and scalars, its JSON; this gives it its type back. Empty when there is no value.
   *
   * @throws io.hookline.InputException if the value does not fit {@code type}
   */
  public <T> Optional<T> valueAs(Class<T> type) {
    if (value == null || type.isInstance(value)) {
      return Optional.ofNullable(type.cast(value));
    }
    return Optional.of(Binder.bind(value, type, "value of job " + id, Map.of()));
  }

  /**
   * Returns a job's return with {@code failure}: INTERRUPTED if it is an interruption, else FAILED.
   */
  public static JobReturn failed(Failure failure, List<String> overrides, int number, String id,
      @Nullable Path outputDir, Instant start, Instant end) {
    Status status = failure.kind() == Failure.Kind.INTERRUPTED ? Status.INTERRUPTED : Status.FAILED;
    return new JobReturn(status, null, failure, overrides, number, id, outputDir, start, end);
  }

  /**
   * Returns the return of a job that never started because its sweep's failure policy stopped the sweep first:
   * SKIPPED, with no value and no failure of its own, started and ended at {@code when}.
   */
  public static JobReturn skipped(List<String> overrides, int number, String id, @Nullable Path outputDir,
      Instant when) {
    return new JobReturn(Status.SKIPPED, null, null, overrides, number, id, outputDir, when, when);
  }

  /** Returns what the job threw, or {@code null} if it has no failure: the {@link Failure#cause() failure's cause}. */
  public @Nullable Throwable error() {
    return failure == null ? null : failure.cause();
  }

  /** Returns whether the job completed. */
  public boolean completed() {
    return status == Status.COMPLETED;
  }

  /** Returns how long the job took. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** How a job ended; see {@link io.hookline.Failure} for the failure model. */
  public enum Status {
    /** The command returned. */
    COMPLETED,
    /** The command, a hook, the job's configs or the machine under it failed, or its input was bad. */
    FAILED,
    /** The user interrupted the job, or the run before the job could start. */
    INTERRUPTED,
    /** The program chose not to start the job (a policy such as stopping at the first failure); not a failure. */
    SKIPPED
  }
}

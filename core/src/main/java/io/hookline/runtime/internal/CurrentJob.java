package io.hookline.runtime.internal;

import io.hookline.Failure;
import io.hookline.Invocation;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The job a thread is running, as the loggers of {@link io.hookline.App#logger} find it.
 *
 * <p>Contract: the job's runner sets it on the thread that runs the job, from the end of the job's config stages to
 * the end of its events, and puts back what was there before; a thread that the job starts inherits it. It holds what
 * the job's log needs, and the log once a record asks for it, which it closes when the job ends. Nothing of the log
 * is loaded until a record or a failed job asks for it.
 */
public final class CurrentJob {

  private static final InheritableThreadLocal<@Nullable CurrentJob> CURRENT = new InheritableThreadLocal<>();

  private final String app;
  private final int number;
  private final @Nullable Path dir;
  private final Invocation invocation;
  private final PrintStream err;
  private @Nullable JobLogFile log;
  private boolean ended;

  CurrentJob(String app, int number, @Nullable Path dir, Invocation invocation, PrintStream err) {
    this.app = app;
    this.number = number;
    this.dir = dir;
    this.invocation = invocation;
    this.err = err;
  }

  /** Returns the job the calling thread runs, or {@code null} outside any job. */
  public static @Nullable CurrentJob get() {
    return CURRENT.get();
  }

  /** Makes {@code job} the calling thread's job, and returns the one it replaces, for {@link #leave}. */
  static @Nullable CurrentJob enter(CurrentJob job) {
    CurrentJob previous = CURRENT.get();
    CURRENT.set(job);
    return previous;
  }

  /** Ends this job on the calling thread: closes its log, if it has one, and puts {@code previous} back. */
  void leave(@Nullable CurrentJob previous) {
    JobLogFile open;
    synchronized (this) {
      ended = true;
      open = log;
    }
    if (open != null) {
      open.close();
    }
    CURRENT.set(previous);
  }

  /** Writes {@code failure}, a job's own or a defect, with its trace into the job's log, if it keeps one. */
  void failed(Failure failure) {
    if (dir != null && (failure.kind() == Failure.Kind.JOB || failure.kind() == Failure.Kind.DEFECT)) {
      log().failed(failure);
    }
  }

  /** Returns the job's log, opened when first asked for; once the job ended, a closed one, which writes no file. */
  synchronized JobLogFile log() {
    if (log == null) {
      log = JobLogFile.open(this);
      if (ended) {
        log.close();
      }
    }
    return log;
  }

  String app() {
    return app;
  }

  int number() {
    return number;
  }

  @Nullable Path dir() {
    return dir;
  }

  Invocation invocation() {
    return invocation;
  }

  PrintStream err() {
    return err;
  }
}

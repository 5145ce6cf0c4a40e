package io.hookline.callback;

import io.hookline.Failure;
import io.hookline.callback.internal.EventStreams;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A callback that logs each job's outcome in one line: a completed job with its duration and value, any other with its
 * status, its duration and its failure's message.
 *
 * <p>Contract: {@code new LogJobReturns()} writes each line to the app's error stream (where the app prints its own
 * errors, as {@code App.output} set it), prefixed with the app's name; {@link #logger()} sends the same line through
 * {@link System.Logger} instead, at INFO for a completed job and ERROR for any other, and configures no logging of its
 * own. A failure is reported once: the line gives its message, never its stack trace, which the app prints when it
 * reports the failure; a job that failed on bad input is said to have, without the message the app reports.
 *
 * <p>Declare it in a callbacks file as {@code _target_: io.hookline.callback.LogJobReturns}, or register it in code.
 * Safe to share between threads.
 */
public final class LogJobReturns implements Callback {

  private final System.@Nullable Logger logger;

  /** Logs to the app's error stream. */
  public LogJobReturns() {
    this(null);
  }

  private LogJobReturns(System.@Nullable Logger logger) {
    this.logger = logger;
  }

  /** Returns a callback that logs the same lines through the {@link System.Logger} named after this class. */
  public static LogJobReturns logger() {
    return new LogJobReturns(System.getLogger(LogJobReturns.class.getName()));
  }

  @Override
  public void onJobEnd(JobContext job, JobReturn result) {
    String line = line(job, result);
    if (logger != null) {
      logger.log(result.completed() ? Level.INFO : Level.ERROR, line);
      return;
    }
    PrintStream err = EventStreams.err();
    err.println(job.app() + ": " + line);
  }

  /** Returns the line that says how {@code result} ended. */
  static String line(JobContext job, JobReturn result) {
    String what = job.command() + " job #" + result.number() + " " + result.overrides() + " "
        + result.status().name().toLowerCase(Locale.ROOT) + " in " + result.duration().toMillis() + " ms";
    Failure failure = result.failure();
    if (failure == null) {
      return what + (result.completed() ? ": " + firstLine(String.valueOf(result.value())) : "");
    }
    return what + (failure.kind() == Failure.Kind.INPUT ? " on bad input" : ": " + firstLine(failure.message()));
  }

  /** Returns the first line of {@code text}, with an ellipsis if there are more. */
  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).stripTrailing() + " …";
  }
}

package io.hookline.callback.internal;

import io.hookline.Failure;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The callback {@link Callback#logJobReturns()} returns: one line per job, to the app's error stream or, given a
 * logger, through it.
 *
 * <p>Contract: as {@link Callback#logJobReturns()} and {@link Callback#logJobReturns(System.Logger)} say.
 */
public final class LogJobReturns implements Callback {

  private final System.@Nullable Logger logger;

  /** Logs through {@code logger}, or to the app's error stream if it is {@code null}. */
  public LogJobReturns(System.@Nullable Logger logger) {
    this.logger = logger;
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

package io.hookline.callback;

import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * A callback that logs each job's outcome through {@link System.Logger} (backed by {@code java.util.logging} unless a
 * logging library provides another): a completed job at INFO with its duration and value, a failed or interrupted one
 * at ERROR with its exception.
 *
 * <p>Declare it in a callbacks file as {@code _target_: io.hookline.callback.LogJobReturns}, or register it in code.
 * Safe to share between threads.
 */
public final class LogJobReturns implements Callback {

  private static final System.Logger LOG = System.getLogger(LogJobReturns.class.getName());

  @Override
  public void onJobEnd(JobContext job, JobReturn result) {
    String what = job.command() + " job #" + result.number() + " " + result.overrides();
    if (result.completed()) {
      LOG.log(Level.INFO, what + " completed in " + result.duration().toMillis() + " ms: " + result.value());
    } else {
      LOG.log(Level.ERROR, what + " " + result.status().name().toLowerCase(Locale.ROOT), result.error());
    }
  }
}

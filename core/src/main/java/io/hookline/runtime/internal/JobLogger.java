package io.hookline.runtime.internal;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * A {@link System.Logger} whose records reach the log of the job that the calling thread runs.
 *
 * <p>Contract: inside a job ({@link CurrentJob}), a record that the job's settings keep goes to the job's file and,
 * if they say so, to {@link System#getLogger} under the same name; outside any job, every record goes to
 * {@link System#getLogger}. Messages with parameters are formatted as {@link System.Logger} says, by
 * {@link MessageFormat}; a bundle's key is looked up in it.
 */
public final class JobLogger implements System.Logger {

  private final String name;
  private volatile System.@Nullable Logger console;

  /** Makes the logger called {@code name}. */
  public JobLogger(String name) {
    this.name = name;
  }

  @Override
  public String getName() {
    return name;
  }

  private System.Logger console() {
    System.Logger known = console;
    if (known == null) {
      known = System.getLogger(name);
      console = known;
    }
    return known;
  }

  @Override
  public boolean isLoggable(Level level) {
    CurrentJob job = CurrentJob.get();
    if (job == null) {
      return console().isLoggable(level);
    }
    JobLogFile log = job.log();
    return log.wants(name, level) && (log.writesFile() || console().isLoggable(level));
  }

  @Override
  public void log(Level level, @Nullable ResourceBundle bundle, @Nullable String message, @Nullable Throwable thrown) {
    record(level, localized(bundle, message), thrown);
  }

  @Override
  public void log(Level level, @Nullable ResourceBundle bundle, @Nullable String format, @Nullable Object... params) {
    String pattern = localized(bundle, format);
    record(level, params == null || params.length == 0 ? pattern : MessageFormat.format(pattern, params), null);
  }

  private void record(Level level, String message, @Nullable Throwable thrown) {
    CurrentJob job = CurrentJob.get();
    if (job == null) {
      console().log(level, message, thrown);
      return;
    }
    JobLogFile log = job.log();
    if (log.wants(name, level) && log.write(name, level, message, thrown)) {
      console().log(level, message, thrown);
    }
  }

  private static String localized(@Nullable ResourceBundle bundle, @Nullable String key) {
    if (bundle == null || key == null) {
      return String.valueOf(key);
    }
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}

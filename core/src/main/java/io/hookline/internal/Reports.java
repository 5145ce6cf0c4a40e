package io.hookline.internal;

import io.hookline.callback.JobReturn;
import io.hookline.callback.JobStatus;
import io.hookline.command.InputException;
import java.io.PrintStream;
import java.util.List;

/**
 * What an app prints when something goes wrong: one line for bad input, the message and then the stack trace without
 * Hookline's own frames for a failure, and a summary with every failure for a multirun.
 */
public final class Reports {

  private static final List<String> HIDDEN = List.of("io.hookline.pipeline.", "io.hookline.command.",
      "io.hookline.config.", "io.hookline.cli.", "io.hookline.internal.", "io.hookline.callback.internal.",
      "io.hookline.launch.internal.", "io.hookline.App.", "java.lang.reflect.", "jdk.internal.reflect.");

  private Reports() {}

  /** Reports a single run's failure, as its status and error say. */
  public static void failure(PrintStream err, String app, String command, JobReturn result) {
    Throwable error = result.error();
    if (result.status() == JobStatus.INTERRUPTED) {
      err.println(app + ": command '" + command + "' was interrupted");
    } else if (error instanceof InputException) {
      err.println(app + ": " + error.getMessage());
    } else if (error != null) {
      err.println(app + ": command '" + command + "' failed: " + error);
      trace(err, error);
    }
  }

  /** Reports a multirun: a summary line, then one line for each job that did not complete. */
  public static void summary(PrintStream err, String app, List<JobReturn> results, String where) {
    long failed = results.stream().filter(r -> r.status() == JobStatus.FAILED).count();
    long interrupted = results.stream().filter(r -> r.status() == JobStatus.INTERRUPTED).count();
    if (failed == 0 && interrupted == 0) {
      return;
    }
    err.println(app + ": multirun of " + results.size() + (results.size() == 1 ? " job: " : " jobs: ")
        + (results.size() - failed - interrupted) + " completed, " + failed + " failed, " + interrupted
        + " interrupted" + where);
    for (JobReturn result : results) {
      if (result.status() == JobStatus.FAILED) {
        Throwable error = result.error();
        String why = error instanceof InputException ? error.getMessage() : String.valueOf(error);
        err.println(app + ": job #" + result.number() + " " + result.overrides() + " failed: " + why);
      }
    }
  }

  /** Prints {@code error}'s stack trace and causes without Hookline's own frames. */
  public static void trace(PrintStream err, Throwable error) {
    for (StackTraceElement frame : error.getStackTrace()) {
      if (HIDDEN.stream().noneMatch(frame.getClassName()::startsWith)) {
        err.println("\tat " + frame);
      }
    }
    Throwable cause = error.getCause();
    if (cause != null && cause != error) {
      err.println("Caused by: " + cause);
      trace(err, cause);
    }
  }
}

package io.hookline.runtime.internal;

import io.hookline.Failure;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.failure.internal.Causes;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What an app prints when something goes wrong, by the {@link Failure.Kind kind} of failure: one line for bad input
 * and for infrastructure, the message and then the stack trace without Hookline's own frames for a job's own failure
 * and for a defect, and a summary with every failure for a multirun.
 */
public final class Reports {

  /**
   * The frames a trace leaves out: Hookline's own packages and the JDK's reflection. An entry ending in {@code .*} is
   * one package without those under it; one ending in a dot, a package and all under it.
   */
  private static final List<String> HIDDEN = List.of("io.hookline.*", "io.hookline.pipeline.",
      "io.hookline.command.", "io.hookline.config.", "io.hookline.compose.", "io.hookline.cli.",
      "io.hookline.internal.", "io.hookline.callback.", "io.hookline.launch.", "io.hookline.runtime.",
      "io.hookline.sweep.", "io.hookline.failure.", "io.hookline.dsl.", "java.lang.reflect.", "jdk.internal.reflect.");

  private Reports() {}

  /** Returns whether {@code type} is in {@code hidden}, a package alone ({@code .*}) or with those under it. */
  private static boolean hidden(String type, String hidden) {
    if (hidden.endsWith(".*")) {
      String own = hidden.substring(0, hidden.length() - 1);
      return type.startsWith(own) && type.indexOf('.', own.length()) < 0;
    }
    return type.startsWith(hidden);
  }

  /** Reports a single run's failure, as its failure's kind says. */
  public static void failure(PrintStream err, String app, String command, JobReturn result) {
    Failure failure = result.failure();
    if (failure == null) {
      return;
    }
    switch (failure.kind()) {
      case INPUT -> err.println(app + ": " + failure.message());
      case INTERRUPTED -> err.println(app + ": command '" + command + "' was interrupted");
      case INFRASTRUCTURE -> err.println(app + ": command '" + command + "' failed: " + failure.message());
      case JOB, DEFECT -> {
        err.println(app + ": command '" + command + "' failed: " + failure.message());
        trace(err, failure.cause());
      }
    }
  }

  /** Reports a failure found before any job ran: one line, and the trace too for a defect. */
  public static void beforeJobs(PrintStream err, String app, Failure failure) {
    err.println(app + ": " + failure.message());
    if (failure.kind() == Failure.Kind.DEFECT || failure.kind() == Failure.Kind.JOB) {
      trace(err, failure.cause());
    }
  }

  /**
   * Reports a multirun: a summary line (kept back if {@code quiet} and every job completed), then one line for each
   * job that failed.
   */
  public static void summary(PrintStream err, String app, List<JobReturn> results, String where, boolean quiet) {
    long failed = results.stream().filter(r -> r.status() == Status.FAILED).count();
    long interrupted = results.stream().filter(r -> r.status() == Status.INTERRUPTED).count();
    long skipped = results.stream().filter(r -> r.status() == Status.SKIPPED).count();
    if (quiet && failed == 0 && interrupted == 0 && skipped == 0) {
      return;
    }
    err.println(app + ": multirun of " + results.size() + (results.size() == 1 ? " job: " : " jobs: ")
        + (results.size() - failed - interrupted - skipped) + " completed, " + failed + " failed, " + interrupted
        + " interrupted" + (skipped > 0 ? ", " + skipped + " skipped" : "") + where);
    for (JobReturn result : results) {
      Failure failure = result.failure();
      if (result.status() == Status.FAILED && failure != null) {
        err.println(app + ": job #" + result.number() + " " + result.overrides() + " failed: " + failure.message());
      }
    }
  }

  /**
   * Prints {@code error}'s stack trace and causes without Hookline's own frames; a chain of causes that loops or runs
   * on is cut, with a line that says so.
   */
  public static void trace(PrintStream err, Throwable error) {
    traceLines(error).forEach(err::println);
  }

  /** Returns the lines {@link #trace} prints. */
  static List<String> traceLines(Throwable error) {
    List<String> lines = new ArrayList<>();
    Causes causes = Causes.of(error);
    for (int i = 0; i < causes.chain().size(); i++) {
      Throwable next = causes.chain().get(i);
      if (i > 0) {
        lines.add("Caused by: " + next);
      }
      for (StackTraceElement frame : next.getStackTrace()) {
        if (HIDDEN.stream().noneMatch(hidden -> hidden(frame.getClassName(), hidden))) {
          lines.add("\tat " + frame);
        }
      }
    }
    if (causes.cut() != null) {
      lines.add("(cut: " + causes.cut() + ")");
    }
    return lines;
  }
}

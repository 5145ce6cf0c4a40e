package io.hookline.testkit;

import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A callback that logs each event it sees with its index, so that the order of events across callbacks can be
 * checked: {@code R<}/{@code R>} for a run's start and end, {@code M<}/{@code M>} for a multirun's, and {@code J<}/
 * {@code J>} for a job's, followed by the index and, for job events, {@code #<job number>}: {@code J< 2 #5}.
 *
 * @param index the probe's position among the probes
 * @param log where it logs; must be safe to write from several threads, such as a synchronized list
 */
public record EventProbe(int index, List<String> log) implements Callback {

  /**
   * Returns the lines {@code probes} probes log for one run, multirun or job when the ordering holds: starts from the
   * first probe to the last, then ends from the last to the first.
   *
   * @param kind {@code R}, {@code M} or {@code J}
   * @param suffix {@code " #<job number>"} for job events, else empty
   */
  public static List<String> expected(String kind, int probes, String suffix) {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < probes; i++) {
      events.add(kind + "< " + i + suffix);
    }
    for (int i = probes - 1; i >= 0; i--) {
      events.add(kind + "> " + i + suffix);
    }
    return events;
  }

  /** Returns the lines of {@code log} for events of {@code kind} ({@code R}, {@code M} or {@code J}). */
  public static List<String> of(List<String> log, String kind) {
    synchronized (log) {
      return log.stream().filter(line -> line.startsWith(kind)).toList();
    }
  }

  /** Returns the lines of {@code log} for the events of job {@code number}. */
  public static List<String> ofJob(List<String> log, int number) {
    String suffix = " #" + number;
    synchronized (log) {
      return log.stream().filter(line -> line.endsWith(suffix)).toList();
    }
  }

  @Override
  public void onRunStart(RunContext run) {
    log.add("R< " + index);
  }

  @Override
  public void onRunEnd(RunContext run, JobReturn result) {
    log.add("R> " + index);
  }

  @Override
  public void onMultirunStart(RunContext run) {
    log.add("M< " + index);
  }

  @Override
  public void onMultirunEnd(RunContext run, List<JobReturn> results) {
    log.add("M> " + index);
  }

  @Override
  public void onJobStart(JobContext job) {
    log.add("J< " + index + " #" + job.number());
  }

  @Override
  public void onJobEnd(JobContext job, JobReturn result) {
    log.add("J> " + index + " #" + job.number());
  }
}

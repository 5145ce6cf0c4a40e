package io.hookline.hydra;

import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Hydra's CustomCallback: logs {@code Init <name>} when created and {@code <name> <event>} for each event, into one
 * shared log, in the order the events happen. Job events carry the job's number; end events the outcome.
 */
public record Recorder(String name, List<String> log) implements Callback {

  /** The log that callbacks created from config files write to; see {@link DeclaredRecorder}. */
  public static final List<String> SHARED = Collections.synchronizedList(new ArrayList<>());

  /** Creates a recorder and logs its creation. */
  public Recorder {
    log.add("Init " + name);
  }

  @Override
  public void onRunStart(RunContext run) {
    log.add(name + " onRunStart");
  }

  @Override
  public void onRunEnd(RunContext run, JobReturn result) {
    log.add(name + " onRunEnd " + result.status());
  }

  @Override
  public void onMultirunStart(RunContext run) {
    log.add(name + " onMultirunStart " + run.jobs());
  }

  @Override
  public void onMultirunEnd(RunContext run, List<JobReturn> results) {
    log.add(name + " onMultirunEnd " + results.size());
  }

  @Override
  public void onJobStart(JobContext job) {
    log.add(name + " onJobStart #" + job.number());
  }

  @Override
  public void onJobEnd(JobContext job, JobReturn result) {
    log.add(name + " onJobEnd #" + job.number() + " " + result.status());
  }
}

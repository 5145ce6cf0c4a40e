package io.hookline.hydra;

import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import java.util.List;

/**
 * A {@link Recorder} as a callbacks file declares it: a record whose one component, its name, is the file's
 * parameter, logging to {@link Recorder#SHARED} in the same words.
 */
public record DeclaredRecorder(String name) implements Callback {

  /** Logs the recorder's creation. */
  public DeclaredRecorder {
    Recorder.SHARED.add("Init " + name);
  }

  @Override
  public void onRunStart(RunContext run) {
    Recorder.SHARED.add(name + " onRunStart");
  }

  @Override
  public void onRunEnd(RunContext run, JobReturn result) {
    Recorder.SHARED.add(name + " onRunEnd " + result.status());
  }

  @Override
  public void onMultirunStart(RunContext run) {
    Recorder.SHARED.add(name + " onMultirunStart " + run.jobs());
  }

  @Override
  public void onMultirunEnd(RunContext run, List<JobReturn> results) {
    Recorder.SHARED.add(name + " onMultirunEnd " + results.size());
  }

  @Override
  public void onJobStart(JobContext job) {
    Recorder.SHARED.add(name + " onJobStart #" + job.number());
  }

  @Override
  public void onJobEnd(JobContext job, JobReturn result) {
    Recorder.SHARED.add(name + " onJobEnd #" + job.number() + " " + result.status());
  }
}

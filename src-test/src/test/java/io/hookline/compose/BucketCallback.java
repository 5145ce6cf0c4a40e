package io.hookline.compose;

import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Hydra seed's MyCallback: created from a composed config with its bucket and file path, it logs each event with
 * its bucket, in the order the events happen.
 */
public record BucketCallback(String bucket, String file_path) implements Callback {

  /** The log every instance writes to. */
  public static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void onRunStart(RunContext run) {
    LOG.add("run_start " + bucket);
  }

  @Override
  public void onRunEnd(RunContext run, JobReturn result) {
    LOG.add("run_end " + bucket);
  }

  @Override
  public void onMultirunStart(RunContext run) {
    LOG.add("multirun_start " + bucket);
  }

  @Override
  public void onMultirunEnd(RunContext run, List<JobReturn> results) {
    LOG.add("multirun_end " + bucket);
  }

  @Override
  public void onJobStart(JobContext job) {
    LOG.add("job_start " + bucket);
  }

  @Override
  public void onJobEnd(JobContext job, JobReturn result) {
    LOG.add("job_end " + bucket);
  }
}

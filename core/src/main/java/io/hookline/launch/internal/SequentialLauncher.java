package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.Job;
import io.hookline.launch.Launcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs jobs one after the other on the calling thread; see {@link Launcher#sequential()}. */
public final class SequentialLauncher implements Launcher {

  @Override
  public List<JobReturn> launch(List<Job> jobs, Function<Job, JobReturn> interrupted) {
    List<JobReturn> results = new ArrayList<>(jobs.size());
    for (Job job : jobs) {
      results.add(Thread.currentThread().isInterrupted() ? interrupted.apply(job) : job.run());
    }
    return results;
  }

  @Override
  public String name() {
    return "sequential";
  }

  @Override
  public String toString() {
    return "sequential";
  }
}

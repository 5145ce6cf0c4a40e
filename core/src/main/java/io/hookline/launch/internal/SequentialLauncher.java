package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.LocalLauncher.Job;
import java.util.List;
import java.util.function.Consumer;

/** Runs jobs one after the other on the calling thread; see {@link Launcher#sequential()}. */
public final class SequentialLauncher implements LocalLauncher {

  @Override
  public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
    for (Job job : jobs) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      ended.accept(job.run());
    }
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

package io.hookline.launch;

import io.hookline.callback.JobReturn;
import java.util.List;
import java.util.function.Consumer;

/**
 * A launcher that runs jobs in this JVM, by calling each one's {@link Job#run()}: on the calling thread, on a pool of
 * threads, or wherever in this process it likes.
 *
 * <p>Contract: that of {@link Launcher}. A job's {@code run()} never throws for the job's own failure, which is in its
 * return; a job that calls {@code System.exit} ends the whole program, as it would without Hookline (run such jobs on a
 * {@link WorkerLauncher}).
 */
public non-sealed interface LocalLauncher extends Launcher {

  /**
   * Runs {@code jobs}, handing each one's return to {@code ended} as it ends.
   *
   * @param ended takes each job's return as the job ends; safe to call from any thread, and never throws
   */
  void launch(List<Job> jobs, Consumer<JobReturn> ended);
}

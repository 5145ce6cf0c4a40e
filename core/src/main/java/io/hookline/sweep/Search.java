package io.hookline.sweep;

import io.hookline.callback.JobReturn;
import java.util.List;
import java.util.OptionalInt;

/**
 * One search under way, asked and told in turn: {@link #next} proposes a batch of jobs, each given as its overrides,
 * and {@link #tell} hears how they ended.
 *
 * <p>Contract: the runtime calls a search from one thread at a time: {@link #next} first; then, once every job of the
 * batch has ended, {@link #tell} with the batch's returns in job order, and {@link #next} again; until {@code next}
 * proposes no job, the user interrupts, or the failure policy stops the sweep. Jobs are numbered across batches, in
 * the order proposed. Telling a whole batch at once, in order, makes a seeded search give the same jobs on every
 * launcher. An exception from either method ends the sweep: the jobs that ran keep their returns, and the failure is
 * reported in one line.
 */
public interface Search {

  /** Returns the next batch of jobs, each its override arguments; an empty list ends the sweep. */
  List<List<String>> next();

  /** Tells the search how the jobs of the batch it proposed last ended, in job order. */
  void tell(List<JobReturn> returns);

  /**
   * Returns the number of the best job so far, for a search that optimizes; none by default. Asked once the sweep is
   * over, the answer is named on the error stream and journaled.
   */
  default OptionalInt best() {
    return OptionalInt.empty();
  }
}

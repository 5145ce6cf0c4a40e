package io.hookline.runtime.internal;

import io.hookline.Invocation.Attribute;
import io.hookline.callback.JobReturn;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a multirun launches as one batch: its jobs to run now, and for a resumed sweep the returns loaded from its
 * journal.
 *
 * @param sweepDir the sweep directory, which holds the journal, or {@code null} if it has none
 * @param filesDir the directory of the sweep's human-readable files (its jobs' directories), or {@code null} if off
 * @param planFile the plan that workers read, or {@code null}
 * @param journal the sweep's journal, open
 * @param planned the jobs to run now
 * @param loaded the returns loaded from the journal, by job number: the jobs not to run again
 */
record SweepRun(@Nullable Path sweepDir, @Nullable Path filesDir, @Nullable Path planFile, Journaling journal,
    List<Attempt> planned, Map<Integer, JobReturn> loaded) {

  /** Copies the collections. */
  public SweepRun {
    planned = List.copyOf(planned);
    loaded = Map.copyOf(loaded);
  }

  /** Returns the number of jobs in the sweep: those to run and those loaded. */
  int size() {
    return planned.size() + loaded.size();
  }

  /** Returns the number of its first job: its jobs, to run or loaded, are numbered from it without a gap. */
  int first() {
    int first = Integer.MAX_VALUE;
    for (Attempt job : planned) {
      first = Math.min(first, job.number());
    }
    for (int number : loaded.keySet()) {
      first = Math.min(first, number);
    }
    return first == Integer.MAX_VALUE ? 0 : first;
  }

  /**
   * A job to run now.
   *
   * @param number its number in the sweep
   * @param overrides its overrides
   * @param directory its directory, or {@code null}
   * @param attempt which run of the job this is, from 1
   * @param attributes what its invocation starts with besides the request's (its saved configs, on resume)
   */
  public record Attempt(int number, List<String> overrides, @Nullable Path directory, int attempt,
      Map<Attribute<?>, Object> attributes) {

    /** Copies the collections. */
    public Attempt {
      overrides = List.copyOf(overrides);
      attributes = Map.copyOf(attributes);
    }
  }
}

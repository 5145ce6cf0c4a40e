package io.hookline.runtime.internal;

import io.hookline.InputException;
import io.hookline.callback.JobReturn;
import io.hookline.launch.internal.CrashPoints;
import io.hookline.launch.internal.JobFolders;
import io.hookline.sweep.Sweeper.Search;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The later batches of a multirun whose search proposes several: each is journaled, and written into the plan that
 * workers read when its jobs have directories, before it runs.
 *
 * <p>Contract: {@link #next} tells the search the returns of the batch that ran last and asks it for the next; what
 * the search throws, {@code next} throws. A search that proposes more than {@value #MAX_JOBS} jobs in all is stopped
 * with an {@link InputException}.
 */
final class SearchBatches {

  /** The most jobs a search may propose, over all its batches. */
  static final int MAX_JOBS = 1_000_000;

  private final Search search;
  private final List<List<String>> jobs;
  private final @Nullable Path sweepDir;
  private final @Nullable Path filesDir;
  private final Journaling journal;
  private final JobFolders folders;
  private final Function<List<List<String>>, Path> writePlan;
  private int batch;
  private int told;

  /**
   * Follows {@code search}, which has proposed {@code jobs} so far, in {@code batch + 1} batches, and been told the
   * returns of the jobs numbered below {@code told}: those of every batch but the last.
   *
   * @param filesDir the directory of the jobs' directories, or {@code null} if they have none
   * @param folders the names of the jobs' directories so far, which names the next batches' too
   * @param writePlan writes the plan of every job so far, when jobs have directories, and returns its file
   */
  SearchBatches(Search search, List<List<String>> jobs, int batch, int told, @Nullable Path sweepDir,
      @Nullable Path filesDir, Journaling journal, JobFolders folders, Function<List<List<String>>, Path> writePlan) {
    this.search = search;
    this.jobs = new ArrayList<>(jobs);
    this.batch = batch;
    this.told = told;
    this.sweepDir = sweepDir;
    this.filesDir = filesDir;
    this.journal = journal;
    this.folders = folders;
    this.writePlan = writePlan;
  }

  /**
   * Returns {@code jobs} as a batch's jobs to run, numbered from {@code from}, each in its directory, named
   * {@code folders}, if any.
   */
  static List<SweepRun.Attempt> planned(int from, List<List<String>> jobs, @Nullable Path filesDir,
      List<String> folders) {
    List<SweepRun.Attempt> planned = new ArrayList<>(jobs.size());
    for (int i = 0; i < jobs.size(); i++) {
      int number = from + i;
      planned.add(new SweepRun.Attempt(number, jobs.get(i), filesDir == null ? null : filesDir.resolve(folders.get(i)),
          1, Map.of()));
    }
    return planned;
  }

  /** Returns the search's best job, if it names one, once the sweep is over. */
  OptionalInt best() {
    return search.best();
  }

  /**
   * Tells the search how the jobs of {@code returns} it has not been told of ended (a resumed sweep's first run holds
   * the earlier batches' too) and returns its next batch, numbered from {@code first}, or {@code null} if it proposes
   * none.
   */
  @Nullable SweepRun next(List<JobReturn> returns, int first) {
    int from = told;
    search.tell(returns.stream().filter(result -> result.number() >= from).toList());
    told = first;
    CrashPoints.reach("between-batches", batch);
    List<List<String>> next = search.next();
    if (next.isEmpty()) {
      return null;
    }
    if ((long) jobs.size() + next.size() > MAX_JOBS) {
      throw new InputException("the sweeper proposed more than " + MAX_JOBS + " jobs");
    }
    List<String> named = folders.add(first, next);
    batch++;
    jobs.addAll(next);
    journal.batch(batch, first, next, folders.numbered() ? null : named);
    Path plan = filesDir == null ? null : writePlan.apply(List.copyOf(jobs));
    return new SweepRun(sweepDir, filesDir, plan, journal, planned(first, next, filesDir, named), Map.of());
  }
}

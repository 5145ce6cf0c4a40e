package io.hookline.runtime.internal;

import io.hookline.Composition;
import io.hookline.InfrastructureException;
import io.hookline.InputException;
import io.hookline.callback.JobReturn;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.launch.Launcher;
import io.hookline.launch.SlurmLauncher;
import io.hookline.launch.internal.JobFolders;
import io.hookline.launch.internal.Journal;
import io.hookline.launch.internal.SlurmArray;
import io.hookline.launch.internal.SlurmClient;
import io.hookline.launch.internal.Worker;
import io.hookline.launch.internal.WorkerMark;
import io.hookline.sweep.Sweeper;
import io.hookline.sweep.Sweeper.Search;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Plans the resumption of a sweep from its journal: which jobs run again, with which attempt, from which configs.
 *
 * <p>Contract: the search is followed first (see {@link Replay}), up to the journal's last batch. The jobs of the
 * earlier batches do not run again: their returns are what the search was told. Of the last batch's jobs, those whose
 * journal holds a COMPLETED return do not run again; their returns are loaded, and so are
 * those of jobs whose directory holds a COMPLETED return the journal missed (a worker that finished after its
 * controller died), which are journaled then. Every other
 * job (missing, FAILED, INTERRUPTED or lost) runs again with its number, overrides and directory; the files of its
 * previous attempt move into {@code attempt-<n>/} inside its directory first, and it runs from that attempt's saved
 * configs when there are some (not from today's config files, and without applying its overrides a second time), or
 * else from the config files with its overrides. The sweep's lock is taken before anything moves, so two controllers
 * never resume one sweep. A program whose configs no longer match the journal's is refused in one line that says
 * what differs, unless {@code force}. Before it plans, it waits for the sweep's SLURM arrays that are still queued or
 * running, and for the workers its earlier controller left running on this machine, so that their jobs neither run
 * twice nor lose their returns.
 */
public final class Resume {

  private Resume() {}

  /**
   * Returns the sweep in {@code sweepDir}, read from {@code journal}, planned to resume.
   *
   * @param composition the app's composition, or {@code null} if it does not compose
   * @param launcher the launcher the resumed jobs run on; a SLURM launcher's options serve to ask SLURM about the
   *     sweep's earlier arrays
   * @throws InputException if another controller holds the sweep, or the configs no longer match and not
   *     {@code force}
   * @throws InfrastructureException if SLURM cannot say whether an earlier array still runs, or the wait for one is
   *     interrupted (its cause is the {@link InterruptedException} then)
   */
  public static Resumed plan(Request request, Path sweepDir, Journal.Contents journal,
      @Nullable Composition composition, boolean force, Launcher launcher, Search search) {
    Object recorded = journal.sweep().get("configs");
    Map<String, String> now = Journaling.fingerprint(request.configs());
    if (!force && recorded != null && !recorded.equals(now)) {
      throw new InputException(sweepDir + ": the program's configs no longer match the sweep's journal (it has "
          + recorded + ", the program " + now + "); resume with --force to run it anyway");
    }
    Search followed = Replay.follow(search, journal, sweepDir, force);
    int lastBatchStart = journal.firsts().get(journal.batches() - 1);
    Journaling journaling = Journaling.reopen(sweepDir, request.app(), request.settings().err());
    try {
      Consumer<String> say = line -> request.settings().err().println(request.app() + ": " + line);
      awaitArrays(journal.arrays(), launcher instanceof SlurmLauncher slurm ? slurm : Launcher.slurm(), say);
      Path filesDir = Files.isRegularFile(sweepDir.resolve("multirun.yaml")) ? sweepDir : null;
      if (filesDir != null) {
        awaitWorkers(filesDir, journal, say);
      }
      Map<Integer, JobReturn> loaded = new LinkedHashMap<>();
      List<SweepRun.Attempt> planned = new ArrayList<>();
      Map<String, Integer> before = new LinkedHashMap<>();
      before.put("completed", 0);
      journal.jobs().forEach((number, overrides) -> {
        JobReturn last = journal.returns().get(number);
        Path dir = filesDir == null ? null : filesDir.resolve(journal.folder(number));
        if (last == null || !last.completed()) {
          JobReturn adopted = dir == null ? null : finishedUnjournaled(dir, last);
          if (adopted != null) {
            journaling.accept(adopted); // a worker that outlived its controller, or a return the crash kept from it
            last = adopted;
          }
        }
        before.merge(last == null ? "not run" : last.status().name().toLowerCase(Locale.ROOT), 1,
            Integer::sum);
        if (last != null && (last.completed() || number < lastBatchStart && followed != null)) {
          loaded.put(number, last.asLoaded()); // an earlier batch's return, failed or not, is what the search was told
          return;
        }
        int archived = dir == null ? 0 : SavedAttempts.archive(dir);
        int attempt = Math.max(archived, last == null ? 0 : last.attempt()) + 1;
        planned.add(new SweepRun.Attempt(number, overrides, dir, attempt,
            SavedAttempts.savedConfigs(dir, overrides, composition, request.settings().directory())));
      });
      SweepRun run = new SweepRun(sweepDir, filesDir, filesDir == null ? null : sweepDir.resolve("multirun.yaml"),
          journaling, planned, loaded);
      List<List<String>> jobs = List.copyOf(journal.jobs().values());
      List<String> named = journal.jobs().keySet().stream().map(journal::folder).toList();
      return new Resumed(run, followed, jobs, journal.batches() - 1, lastBatchStart, before,
          JobFolders.resumed(request.attributes().get(JobFolders.NAMING) instanceof JobFolders.Naming naming ? naming
              : JobFolders.Naming.NUMBERED, jobs, named));
    } catch (RuntimeException e) {
      journaling.close();
      throw e;
    }
  }

  /**
   * A sweep planned to resume.
   *
   * @param run its jobs: those of its last batch to run again, and every other loaded from the journal
   * @param search the search that proposed its batches, followed up to its last batch, which goes on once that batch
   *     has run; {@code null} if it was forced past a search that proposes other jobs, so that none is asked for more
   * @param jobs every job of its journal, in job order
   * @param batch the number of its last batch, counted from 0
   * @param told the number of the last batch's first job: the search has been told of every job before it
   * @param before how many of its jobs ended how before the resume, by status in words ("completed", "failed",
   *     "not run", …), completed first
   * @param folders the names of its jobs' folders, as its journal recorded them, which name the next batches' too
   */
  public record Resumed(SweepRun run, Sweeper.@Nullable Search search, List<List<String>> jobs, int batch, int told,
      Map<String, Integer> before, JobFolders folders) {

    /** Copies the counts, keeping their order. */
    public Resumed {
      before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
    }
  }

  /**
   * Waits for the sweep's SLURM arrays that are still queued or running: their tasks' returns count, and the resume
   * must not submit those tasks again.
   */
  private static void awaitArrays(List<String> arrays, SlurmLauncher slurm, Consumer<String> say) {
    try {
      SlurmArray.awaitGone(arrays, slurm, SlurmClient.processes(), say);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while waiting for the sweep's SLURM arrays " + arrays
          + ", which are left to run; resume again once they end", e);
    }
  }

  /**
   * Waits for the workers that the sweep's earlier controller left running, on this machine, of the jobs without a
   * COMPLETED return in the journal: each will write its job's return, which counts, and its job must not run twice.
   */
  private static void awaitWorkers(Path filesDir, Journal.Contents journal, Consumer<String> say) {
    for (int number : journal.jobs().keySet()) {
      JobReturn last = journal.returns().get(number);
      ProcessHandle worker = last != null && last.completed() ? null
          : WorkerMark.running(filesDir.resolve(journal.folder(number))).orElse(null);
      if (worker != null) {
        say.accept("waiting for job #" + number + "'s worker (process " + worker.pid() + "), left running by the"
            + " sweep's earlier controller: its return counts");
        try {
          worker.onExit().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InfrastructureException("interrupted while waiting for job #" + number + "'s worker (process "
              + worker.pid() + "), which is left to run; resume again once it ends", e);
        } catch (ExecutionException cannotHappen) {
          // onExit completes normally
        }
      }
    }
  }

  /**
   * Returns the COMPLETED return that a job's directory holds but its journal does not ({@code .hookline/job_return.json},
   * written by a worker that finished after its controller died, or by {@code Callback.writeJobReturns()} just before a crash), or
   * {@code null}: such a job does not run again.
   */
  private static @Nullable JobReturn finishedUnjournaled(Path dir, @Nullable JobReturn journaled) {
    Path file = Worker.returnFile(dir);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      // A return file beside the job's attempt folders is the latest attempt's: the earlier ones were moved into them.
      JobReturn found = JobReturnJson.read(file, dir);
      int attempt = Math.max(found.attempt(), journaled == null ? 1 : journaled.attempt());
      return found.completed() ? found.withAttempt(attempt) : null;
    } catch (InputException unreadable) {
      return null; // cut short by the crash: the job runs again
    }
  }

}

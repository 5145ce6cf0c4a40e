package io.hookline.runtime.internal;

import io.hookline.Configs;
import io.hookline.Failure;
import io.hookline.Invocation.Attribute;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.JobReturn;
import io.hookline.config.internal.FileCache;
import io.hookline.launch.Launcher;
import io.hookline.launch.WorkerLauncher;
import io.hookline.launch.internal.CrashPoints;
import io.hookline.launch.internal.JobFolders;
import io.hookline.launch.internal.Worker;
import io.hookline.sweep.Sweeper.Search;
import io.hookline.sweep.internal.GridSearch;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs a command once, or once per job of a sweep, with its callbacks around it; the owner of the failure model.
 *
 * <p>Contract: what happens before the first event (an output folder or a plan that cannot be made) is thrown, and
 * classified by the caller, with no event fired. From the first event on, nothing is thrown: each job's boundary is
 * {@link JobRunner}, the launcher's is {@link Returns}, and a callback's is {@link Notifier}, so every started
 * callback gets its end event and {@code onMultirunEnd} gets every job's return. The exit code follows
 * {@link Failure#exitCode}.
 */
public final class Runs {

  private Runs() {}

  /**
   * The attribute of a job that runs another again (a request's attributes carry it): the other job's directory,
   * which the new job's {@code .hookline/job.yaml} records.
   */
  public static final Attribute<Path> RERUN_OF = Attribute.of("job run again", Path.class);

  /** The attribute of a request whose run's folder a template chose ({@code hookline.run.dir}): that folder. */
  public static final Attribute<Path> RUN_DIR = Attribute.of("run folder", Path.class);

  /** The attribute of a request whose sweep's folder a template chose ({@code hookline.sweep.dir}): that folder. */
  public static final Attribute<Path> SWEEP_DIR = Attribute.of("sweep folder", Path.class);

  /** Runs the command once: run events around job events around the command (see {@link SingleRun}). */
  public static Outcome single(Request request) {
    return SingleRun.run(request);
  }

  /**
   * Returns the configs {@code request}'s one job would run with, its config stages run without a directory; what
   * they throw is thrown.
   */
  public static Configs configs(Request request) {
    JobSetup.Prepared prepared = JobSetup.prepare(request, request.overrides(), 0, null, false, null);
    Failure failed = prepared.failed();
    if (failed == null) {
      return prepared.invocation().configs();
    }
    if (failed.cause() instanceof RuntimeException exception) {
      throw exception;
    }
    if (failed.cause() instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(failed.message(), failed.cause());
  }

  /**
   * Runs a multirun: the jobs {@code start}'s search proposes, batch by batch, on the launcher, with the multirun's
   * events around them all. Its first batch was asked for already, so that bad input failed before any event. Once
   * {@code limit}'s failures are reached, no more jobs start, the jobs left are SKIPPED (the running ones too, if it
   * stops them), and the search is asked for no more. Unless {@code quiet}, it says in a line when it starts how many
   * jobs it runs, on which launcher and in which directory, and in a line when it ends what came of them; a sweep
   * with failures says the second whatever {@code quiet} says.
   */
  public static Outcome multi(Request request, SweepStart start, Launcher launcher, SweepOptions options) {
    List<List<String>> first = start.first();
    Settings settings = request.settings();
    OutputDirs outputs = launcher instanceof WorkerLauncher ? settings.outputs().withMultiruns() : settings.outputs();
    // The sweep directory holds the journal even when jobs get no directories; the human-readable files need those.
    JobFolders folders = new JobFolders(request.attributes().get(JobFolders.NAMING) instanceof JobFolders.Naming naming
        ? naming : JobFolders.Naming.NUMBERED);
    List<String> named = folders.add(0, first); // before any folder is made: two jobs may not share one
    Path sweepDir = RunFolders.sweep(request, outputs);
    Path filesDir = outputs.multiruns() || request.attributes().containsKey(SWEEP_DIR) || !folders.numbered()
        ? sweepDir : null;
    Path planFile = filesDir == null ? null : Worker.writePlan(plan(request, first, folders.names(), launcher,
        filesDir));
    Journaling journal = Journaling.open(request, start, launcher, sweepDir, outputs.journal(),
        folders.numbered() ? null : named);
    CrashPoints.reach("after-plan", -1);
    SweepRun run = new SweepRun(sweepDir, filesDir, planFile, journal, SearchBatches.planned(0, first, filesDir,
        named), Map.of());
    if (!options.quiet()) {
      settings.err().println(request.app() + ": multirun" + (start.search() instanceof GridSearch
          ? " of " + jobs(first.size()) : ", its first batch of " + jobs(first.size())) + ", on launcher "
          + launcher.name() + ", in " + shown(sweepDir));
    }
    return SweepLaunch.run(request, launcher, run, new FailurePolicy(options.limit()),
        more(request, launcher, start.search(), first, 0, 0, run, folders), options);
  }

  /**
   * Returns a sweep's directory as a user gives it to {@code --resume}: relative to the working directory when it is
   * below it, as it is without a directory set in code, and absolute otherwise.
   */
  static String shown(@Nullable Path sweepDir) {
    if (sweepDir == null) {
      return "no directory";
    }
    Path here = Path.of("").toAbsolutePath();
    Path absolute = sweepDir.toAbsolutePath().normalize();
    return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
        : absolute.toString();
  }

  /** Returns "1 job" or "N jobs". */
  private static String jobs(int count) {
    return count + (count == 1 ? " job" : " jobs");
  }

  /**
   * Resumes a sweep from its journal: runs on the launcher only the jobs of {@code sweep}'s last batch that did not
   * complete, then the batches its search goes on to propose, with the multirun's events around them, and hands
   * {@code onMultirunEnd} every job's return, those loaded from the journal among them. The failure policy of
   * {@code limit} holds as in {@link #multi}. Unless {@code quiet}, it says first how many jobs it runs again, of how
   * many, and how they ended before; a sweep with nothing left to run says so whatever {@code quiet} says.
   */
  public static Outcome resume(Request request, Launcher launcher, Resume.Resumed sweep, SweepOptions options) {
    SweepRun run = sweep.run();
    PrintStream err = request.settings().err();
    List<String> before = new ArrayList<>();
    sweep.before().forEach((status, count) -> before.add(count + " " + status));
    boolean nothingLeft = run.planned().isEmpty() && (sweep.search() == null || sweep.search() instanceof GridSearch);
    if (nothingLeft) {
      err.println(request.app() + ": nothing left to run: the " + jobs(run.size()) + " of " + shown(run.sweepDir())
          + " ended as " + String.join(", ", before));
    } else if (!options.quiet()) {
      err.println(request.app() + ": resuming " + run.planned().size() + " of " + jobs(run.size()) + " ("
          + String.join(", ", before) + "), on launcher " + launcher.name() + ", in " + shown(run.sweepDir()));
    }
    return SweepLaunch.run(request, launcher, run, new FailurePolicy(options.limit()), sweep.search() == null ? null
        : more(request, launcher, sweep.search(), sweep.jobs(), sweep.batch(), sweep.told(), run, sweep.folders()),
        nothingLeft ? options.quietly() : options);
  }

  /**
   * Returns the batches {@code search} goes on to propose after {@code run}, its last so far (see
   * {@link SearchBatches}): each written into the plan of every job so far, which workers read, when jobs have
   * directories.
   */
  private static SearchBatches more(Request request, Launcher launcher, Search search, List<List<String>> jobs,
      int batch, int told, SweepRun run, JobFolders folders) {
    Path filesDir = run.filesDir();
    return new SearchBatches(search, jobs, batch, told, run.sweepDir(), filesDir, run.journal(), folders,
        proposed -> Worker.writePlan(plan(request, proposed, folders.names(), launcher,
            Objects.requireNonNull(filesDir))));
  }

  /** Runs one job of a sweep inside its boundary, on a launcher of this JVM. */
  static JobRunner.Finished sweepJob(Request request, List<String> overrides, int number, @Nullable Path dir,
      Notifier notify, FileCache files, JobRunner.Watch watch) {
    return job(request, overrides, number, dir, true, notify, files, watch);
  }

  /** Runs one job inside its boundary; a throwable that escapes even that is a defect, and the job's return says so. */
  static JobRunner.Finished job(Request request, List<String> overrides, int number, @Nullable Path dir,
      boolean create, Notifier notify, @Nullable FileCache files, JobRunner.Watch watch) {
    Instant start = Instant.now();
    try {
      return JobRunner.run(request, overrides, number, dir, create, notify, files, watch);
    } catch (Throwable t) {
      JobReturn defect = JobReturn.failed(new Failure(Failure.Kind.DEFECT, t), overrides, number,
          Integer.toString(number), dir, start, Instant.now());
      return new JobRunner.Finished(defect, null);
    }
  }

  /**
   * Returns the sweep's plan, which {@link Worker#writePlan} writes: what a worker needs to run any of its {@code jobs}
   * (every job proposed so far).
   */
  private static Worker.Plan plan(Request request, List<List<String>> jobs, List<String> folders, Launcher launcher,
      Path sweepDir) {
    return new Worker.Plan(request.app(), request.command(), request.savedOptions(), request.overrides(),
        launcher.name(), jobs, folders, sweepDir, launcher instanceof WorkerLauncher, request.settings().jobTimeout());
  }

}

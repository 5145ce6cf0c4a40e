package io.hookline.runtime.internal;

import io.hookline.ConfigSpec;
import io.hookline.InfrastructureException;
import io.hookline.callback.JobReturn;
import io.hookline.failure.internal.JobTimeoutException;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.Journal;
import io.hookline.launch.internal.SweepLock;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A multirun's journal as the runtime keeps it: opened with the sweep, its jobs recorded before the first starts, each
 * job's return recorded as the runtime accepts it, before the job counts as ended, and every return on the disk before
 * {@code onMultirunEnd}.
 *
 * <p>Contract: a return that cannot be journaled (a full disk, say) is kept in memory and reported as usual; the
 * runtime warns once that a resume would run such a job again. Nothing here fails a job or the sweep.
 */
final class Journaling implements Consumer<JobReturn> {

  private final @Nullable Journal journal;
  private final @Nullable SweepLock lock;
  private final String app;
  private final PrintStream err;
  private final AtomicBoolean warned = new AtomicBoolean();

  private Journaling(@Nullable Journal journal, @Nullable SweepLock lock, String app, PrintStream err) {
    this.journal = journal;
    this.lock = lock;
    this.app = app;
    this.err = err;
  }

  /**
   * Opens the journal of the sweep in {@code sweepDir} and records the sweep, with how its sweeper was chosen, and the
   * first batch {@code start} proposed; journals nothing if {@code sweepDir} is {@code null} or journaling is off.
   *
   * @throws InfrastructureException if the journal cannot be created or its first records written
   */
  static Journaling open(Request request, SweepStart start, Launcher launcher, @Nullable Path sweepDir,
      boolean on, @Nullable List<String> folders) {
    PrintStream err = request.settings().err();
    if (sweepDir == null || !on) {
      return new Journaling(null, null, request.app(), err);
    }
    SweepLock lock = SweepLock.take(sweepDir);
    Map<String, @Nullable Object> record = new LinkedHashMap<>();
    record.put("app", request.app());
    record.put("command", request.command());
    record.put("options", request.savedOptions());
    record.put("overrides", request.overrides());
    record.put("sweeper", start.sweeper());
    Duration limit = request.settings().jobTimeout();
    if (limit != null) {
      record.put("jobTimeout", JobTimeoutException.shown(limit));
    }
    record.put("launcher", launcher.name());
    record.put("launcherArguments", start.launcher());
    record.put("configs", fingerprint(request.configs()));
    Journal journal = null;
    try {
      journal = Journal.create(sweepDir, record);
      journal.jobs(0, 0, start.first(), folders);
    } catch (IOException | RuntimeException e) {
      if (journal != null) {
        journal.close();
      }
      lock.close();
      throw e instanceof InfrastructureException infrastructure ? infrastructure
          : new InfrastructureException("cannot journal the sweep's jobs in " + sweepDir + ": " + e, e);
    }
    return new Journaling(journal, lock, request.app(), err);
  }

  /**
   * Opens the journal of a sweep that resumes, to append its new returns, holding the sweep's lock.
   *
   * @throws io.hookline.InputException if another controller holds the sweep
   */
  static Journaling reopen(Path sweepDir, String app, PrintStream err) {
    SweepLock lock = SweepLock.take(sweepDir);
    try {
      return new Journaling(Journal.reopen(sweepDir), lock, app, err);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Returns what a sweep's journal records of its configs, to tell on resume whether the program still has them:
   * each config's id, with its type and keys.
   */
  static Map<String, String> fingerprint(List<ConfigSpec<?>> configs) {
    Map<String, String> fingerprint = new LinkedHashMap<>();
    for (ConfigSpec<?> config : configs) {
      fingerprint.put(config.id(), config.type().getSimpleName() + config.keys().stream()
          .map(key -> key.path() + ":" + key.type()).toList());
    }
    return fingerprint;
  }

  /**
   * Records a later batch of the sweep's jobs, numbered from {@code first}, with their folders' names if a template
   * made them; warns, as for a return, if it cannot.
   */
  void batch(int batch, int first, List<List<String>> jobs, @Nullable List<String> folders) {
    record(journal -> journal.jobs(batch, first, jobs, folders), "batch " + batch + " of the sweep",
        "; a resume could not run its jobs");
  }

  /** Records the sweep's best job, as its search named it; warns, as for a return, if it cannot. */
  void best(int number) {
    record(journal -> journal.best(number), "the sweep's best job", "");
  }

  @Override
  public void accept(JobReturn result) {
    record(journal -> journal.ended(result), "job #" + result.number() + "'s return", "; a resume would run it again");
  }

  /** A record to append to the journal. */
  private interface Append {
    void to(Journal journal) throws IOException;
  }

  /**
   * Appends a record, if the sweep journals; one that cannot be appended (a full disk, say) is a warning that names
   * {@code what} and ends with {@code consequence}, given once for the whole sweep.
   */
  private void record(Append append, String what, String consequence) {
    if (journal == null) {
      return;
    }
    try {
      append.to(journal);
    } catch (IOException | RuntimeException e) {
      if (warned.compareAndSet(false, true)) {
        err.println(app + ": warning: cannot journal " + what + " in " + journal.file() + ": " + e + consequence);
      }
    }
  }

  /** Returns once every return recorded so far is on the disk; warns, as for a return, if it cannot be forced there. */
  void sync() {
    record(Journal::sync, "the sweep's last returns", "; they may not be on the disk, and a resume after a crash of"
        + " the machine would run those jobs again");
  }

  /** Closes the journal, forcing what is left to the disk, and releases the sweep's lock. */
  void close() {
    if (journal != null) {
      journal.close();
    }
    if (lock != null) {
      lock.close();
    }
  }
}

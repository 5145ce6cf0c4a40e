package io.hookline.runtime.internal;

import io.hookline.callback.JobReturn;
import io.hookline.failure.InfrastructureException;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.Journal;
import io.hookline.sweep.Sweep;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A multirun's journal as the runtime keeps it: opened with the sweep, its jobs recorded before the first starts, and
 * each job's return recorded as the runtime accepts it, before the job counts as ended.
 *
 * <p>Contract: a return that cannot be journaled (a full disk, say) is kept in memory and reported as usual; the
 * runtime warns once that a resume would run such a job again. Nothing here fails a job or the sweep.
 */
final class Journaling implements Consumer<JobReturn> {

  private final @Nullable Journal journal;
  private final String app;
  private final PrintStream err;
  private final AtomicBoolean warned = new AtomicBoolean();

  private Journaling(@Nullable Journal journal, String app, PrintStream err) {
    this.journal = journal;
    this.app = app;
    this.err = err;
  }

  /**
   * Opens the journal of {@code sweep} in {@code sweepDir} and records the sweep and its jobs; journals nothing if
   * {@code sweepDir} is {@code null} or journaling is off.
   *
   * @throws InfrastructureException if the journal cannot be created or its first records written
   */
  static Journaling open(Runs.Request request, Sweep sweep, Launcher launcher, @Nullable Path sweepDir, boolean on) {
    PrintStream err = request.settings().err();
    if (sweepDir == null || !on) {
      return new Journaling(null, request.app(), err);
    }
    Map<String, @Nullable Object> record = new LinkedHashMap<>();
    record.put("app", request.app());
    record.put("command", request.command());
    record.put("options", request.options());
    record.put("overrides", sweep.arguments());
    record.put("launcher", launcher.name());
    Journal journal = Journal.create(sweepDir, record);
    try {
      journal.jobs(0, 0, sweep.jobs());
    } catch (IOException e) {
      journal.close();
      throw new InfrastructureException("cannot journal the sweep's jobs in " + journal.file()
          + ": " + e, e);
    }
    return new Journaling(journal, request.app(), err);
  }

  @Override
  public void accept(JobReturn result) {
    if (journal == null) {
      return;
    }
    try {
      journal.ended(result, 1);
    } catch (IOException | RuntimeException e) {
      if (warned.compareAndSet(false, true)) {
        err.println(app + ": warning: cannot journal job #" + result.number() + "'s return in " + journal.file()
            + ": " + e + "; a resume would run it again");
      }
    }
  }

  /** Closes the journal; every record was on the disk already. */
  void close() {
    if (journal != null) {
      journal.close();
    }
  }
}

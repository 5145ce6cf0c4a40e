package io.hookline.runtime.internal;

import io.hookline.InputException;
import io.hookline.callback.JobReturn;
import io.hookline.launch.internal.Journal;
import io.hookline.sweep.Sweeper;
import io.hookline.sweep.Sweeper.Search;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Follows a resumed sweep's search through its journal: the search, started afresh on the sweep's arguments, proposes
 * each journaled batch again and is told the journaled returns of every batch but the last, so that it stands where
 * the sweep's controller left it. A seeded random search and synchronous successive halving do; the grid does too.
 *
 * <p>Contract: a search that proposes other jobs than the journal holds, in any batch, is refused in one line that
 * names the first job that differs, unless forced; forced, the journaled jobs are resumed and the search is asked for
 * nothing more. A job of an earlier batch without a journaled return (its record was lost to a full disk) cannot be
 * told, and is refused the same way.
 */
final class Replay {

  private Replay() {}

  /**
   * Returns {@code search}, followed up to the last batch of {@code journal}; {@code null} if it proposes other jobs
   * and {@code force}.
   *
   * @throws InputException if it proposes other jobs, or a return cannot be told, and not {@code force}
   */
  static Sweeper.@Nullable Search follow(Search search, Journal.Contents journal, Path sweepDir, boolean force) {
    List<Integer> firsts = journal.firsts();
    for (int batch = 0; batch < firsts.size(); batch++) {
      String differs = differs(firsts.get(batch), journal.batch(batch), search.next());
      if (differs == null && batch + 1 < firsts.size()) {
        List<JobReturn> told = new ArrayList<>();
        for (int number = firsts.get(batch); number < firsts.get(batch + 1) && differs == null; number++) {
          JobReturn result = journal.returns().get(number);
          if (result == null) {
            differs = "job #" + number + " of batch " + batch + " has no return in the journal to tell the sweeper";
          } else {
            told.add(result.asLoaded());
          }
        }
        if (differs == null) {
          search.tell(told);
        }
      }
      if (differs != null) {
        if (force) {
          return null;
        }
        throw new InputException(sweepDir + ": the sweeper cannot be followed through the journal: " + differs
            + "; resume with --force to run the journaled jobs without it");
      }
    }
    return search;
  }

  /** Returns how {@code proposed} differs from {@code journaled}, a batch whose first job is {@code first}, or null. */
  private static @Nullable String differs(int first, List<List<String>> journaled, List<List<String>> proposed) {
    for (int i = 0; i < Math.min(journaled.size(), proposed.size()); i++) {
      if (!journaled.get(i).equals(proposed.get(i))) {
        return "job #" + (first + i) + " is " + journaled.get(i) + " in the journal, and the sweeper proposes "
            + proposed.get(i);
      }
    }
    return journaled.size() == proposed.size() ? null : "the batch from job #" + first + " holds "
        + journaled.size() + " jobs in the journal, and the sweeper proposes " + proposed.size();
  }
}

package io.hookline.runtime.internal;

import io.hookline.InputException;
import io.hookline.sweep.Sweeper;
import io.hookline.sweep.Sweeper.Search;
import java.util.List;

/**
 * A multirun's search, started, and the first batch it proposed: asked for before any event, so that bad input fails
 * before anything runs.
 *
 * @param search the search, which proposes the batches after the first
 * @param first the first batch's jobs, each a list of overrides
 * @param sweeper the reserved overrides that chose the sweeper ({@code sweeper=NAME}, {@code sweeper.OPTION=VALUE}),
 *     which the journal records so that a resume starts the same search; empty for the app's own sweeper
 * @param launcher the reserved overrides that chose the launcher ({@code launcher=NAME}, {@code launcher.OPTION=V}),
 *     which the journal records so that a resume runs on the same launcher; empty for the app's own launcher
 */
public record SweepStart(Search search, List<List<String>> first, List<String> sweeper, List<String> launcher) {

  /** Copies the lists. */
  public SweepStart {
    first = List.copyOf(first);
    sweeper = List.copyOf(sweeper);
    launcher = List.copyOf(launcher);
  }

  /** Returns this start with the launcher chosen by {@code arguments}, its reserved overrides. */
  public SweepStart withLauncher(List<String> arguments) {
    return new SweepStart(search, first, sweeper, arguments);
  }

  /**
   * Starts {@code sweeper}, chosen by the overrides {@code chosenBy}, on {@code arguments} (the sweep's overrides, the
   * reserved ones taken out), and asks for its first batch.
   *
   * @throws InputException if the arguments are bad, or the sweeper proposes no job
   */
  public static SweepStart of(Sweeper sweeper, List<String> chosenBy, List<String> arguments) {
    Search search = sweeper.search(arguments);
    List<List<String>> first = search.next();
    if (first.isEmpty()) {
      throw new InputException("the sweeper proposed no job for " + arguments);
    }
    return new SweepStart(search, first, chosenBy, List.of());
  }
}

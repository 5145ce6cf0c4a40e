package io.hookline.sweep.internal;

import io.hookline.callback.JobReturn;
import io.hookline.sweep.Sweeper.Search;
import java.util.List;

/**
 * The grid's search: the whole {@link Sweep} as one batch, then nothing.
 *
 * <p>Contract: the arguments are read when the search starts, so that a malformed sweep fails there.
 */
public final class GridSearch implements Search {

  private final Sweep sweep;
  private boolean proposed;

  /**
   * Starts the grid's search of {@code arguments}.
   *
   * @throws io.hookline.InputException if a swept value is malformed or the sweep too large
   */
  public GridSearch(List<String> arguments) {
    this.sweep = Sweep.of(arguments);
  }

  @Override
  public List<List<String>> next() {
    if (proposed) {
      return List.of();
    }
    proposed = true;
    return sweep.jobs();
  }

  @Override
  public void tell(List<JobReturn> returns) {
    // the grid proposes every job up front
  }
}

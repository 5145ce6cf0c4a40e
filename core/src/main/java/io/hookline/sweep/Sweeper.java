package io.hookline.sweep;

import io.hookline.sweep.internal.GridSearch;
import io.hookline.sweep.internal.RandomSearch;
import java.util.List;

/**
 * How a multirun chooses its jobs: from the sweep's override arguments, a {@link Search} proposes a batch of jobs, is
 * told their returns, and proposes the next batch, until it proposes none. The grid, the default, proposes the
 * cartesian product of the swept values ({@link Sweep}) as one batch; a sweeper that learns from results proposes
 * several. Set one with {@code App.sweeper(...)}.
 *
 * <p>Contract: immutable; each multirun starts a search of its own. {@link #search} reads the arguments and throws an
 * {@link io.hookline.InputException} for bad ones, and the runtime asks for the first batch before any event
 * fires, so that bad input fails before anything runs.
 */
public interface Sweeper {

  /** Starts a search of the space that {@code arguments} describe (the sweep's overrides, the launcher's taken out). */
  Search search(List<String> arguments);

  /** Returns the grid: every combination of the swept values, in {@link Sweep}'s order, as one batch. */
  static Sweeper grid() {
    return GridSearch::new;
  }

  /**
   * Returns the random sweeper: {@code trials} jobs, each drawing every swept key's value from a generator seeded with
   * {@code seed}, so that the same seed gives the same jobs. A key takes a distribution, {@code uniform(a, b)},
   * {@code interval(a, b)}, {@code loguniform(a, b)}, {@code randint(a, b)} (both ends included) or
   * {@code normal(mu, sigma)}, or a list of values as in the grid ({@code sgd,adam}, {@code range(1, 5)}), one picked
   * per trial.
   *
   * @throws IllegalArgumentException if {@code trials} is not from 1 to a million
   */
  static Sweeper random(int trials, long seed) {
    if (trials < 1 || trials > 1_000_000) {
      throw new IllegalArgumentException("a random sweep has from 1 to a million trials, not " + trials);
    }
    return arguments -> new RandomSearch(arguments, trials, seed);
  }

  /**
   * Returns successive halving over the config key {@code budget}, from {@code minBudget} to {@code maxBudget}; see
   * {@link Halving} for its settings.
   */
  static Halving halving(String budget, int minBudget, int maxBudget) {
    return Halving.over(budget, minBudget, maxBudget);
  }
}

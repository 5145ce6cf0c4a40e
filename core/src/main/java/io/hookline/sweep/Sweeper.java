package io.hookline.sweep;

import io.hookline.callback.JobReturn;
import io.hookline.sweep.internal.GridSearch;
import io.hookline.sweep.internal.RandomSearch;
import java.util.List;
import java.util.OptionalInt;

/**
 * How a multirun chooses its jobs: from the sweep's override arguments, a {@link Search} proposes a batch of jobs, is
 * told their returns, and proposes the next batch, until it proposes none. The grid, the default, proposes the
 * cartesian product of the swept values (the last swept key varying fastest) as one batch; a sweeper that learns
 * from results proposes several. Set one with {@code App.sweeper(...)}.
 *
 * <p>Contract: immutable; each multirun starts a search of its own. {@link #search} reads the arguments and throws an
 * {@link io.hookline.InputException} for bad ones, and the runtime asks for the first batch before any event
 * fires, so that bad input fails before anything runs.
 */
public interface Sweeper {

  /** Starts a search of the space that {@code arguments} describe (the sweep's overrides, the launcher's taken out). */
  Search search(List<String> arguments);

  /** Returns the grid: every combination of the swept values, the last swept key varying fastest, as one batch. */
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

  /**
   * One search under way, asked and told in turn: {@link #next} proposes a batch of jobs, each given as its overrides,
   * and {@link #tell} hears how they ended.
   *
   * <p>Contract: the runtime calls a search from one thread at a time: {@link #next} first; then, once every job of the
   * batch has ended, {@link #tell} with the batch's returns in job order, and {@link #next} again; until {@code next}
   * proposes no job, the user interrupts, or the failure policy stops the sweep. Jobs are numbered across batches, in
   * the order proposed. Telling a whole batch at once, in order, makes a seeded search give the same jobs on every
   * launcher. An exception from either method ends the sweep: the jobs that ran keep their returns, and the failure is
   * reported in one line.
   */
  interface Search {

    /** Returns the next batch of jobs, each its override arguments; an empty list ends the sweep. */
    List<List<String>> next();

    /** Tells the search how the jobs of the batch it proposed last ended, in job order. */
    void tell(List<JobReturn> returns);

    /**
     * Returns the number of the best job so far, for a search that optimizes; none by default. Asked once the sweep is
     * over, the answer is named on the error stream and journaled.
     */
    default OptionalInt best() {
      return OptionalInt.empty();
    }
  }

  /**
   * Makes a sweeper choosable on the command line, as {@code sweeper=NAME sweeper.OPTION=VALUE}, or in a composed
   * config's {@code hookline.sweeper}, and lists it with its options in every command's help. Providers are found with
   * {@link java.util.ServiceLoader}: declare an implementation in
   * {@code META-INF/services/io.hookline.sweep.Sweeper$Provider}, or with {@code provides} in a module. Hookline's
   * sweepers, {@code grid}, {@code random} and {@code halving}, are provided the same way.
   *
   * <p>Contract: {@link io.hookline.Provider}'s.
   */
  interface Provider extends io.hookline.Provider<Sweeper> {}
}

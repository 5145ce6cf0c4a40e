package io.hookline.sweep;

import io.hookline.sweep.Sweeper.Search;
import io.hookline.sweep.internal.HalvingSearch;
import java.util.List;
import java.util.Objects;

/**
 * Successive halving, synchronous: it draws {@link #candidates()} configurations as the random sweeper does, runs each
 * with the smallest budget, keeps the best {@code 1/eta} of them, runs those with {@code eta} times the budget, and so
 * on, until a rung has run with the largest budget. A rung is one batch, so the search is the same on every launcher.
 *
 * <p>The budget is a config key the sweeper sets itself ({@code epochs=1}, then {@code epochs=3}, …); the objective is
 * read from each job's value: the value itself if it is a number, or the number at {@link #objective()}, a dotted path
 * into a record or map value ({@code accuracy}, {@code metrics.loss}). A job that did not complete, or whose value has
 * no such number, ranks last; ties go to the earlier candidate.
 *
 * <p>Contract: immutable; the same arguments and settings give the same jobs and the same promotions.
 */
public final class Halving implements Sweeper {

  private final String budget;
  private final int minBudget;
  private final int maxBudget;
  private final int eta;
  private final int candidates;
  private final long seed;
  private final String objective;
  private final boolean maximize;

  private Halving(String budget, int minBudget, int maxBudget, int eta, int candidates, long seed, String objective,
      boolean maximize) {
    if (!Objects.requireNonNull(budget, "budget").matches("[A-Za-z_][A-Za-z0-9_.:-]*")) {
      throw new IllegalArgumentException("the budget is a config key, such as epochs, not '" + budget + "'");
    }
    if (minBudget < 1 || maxBudget < minBudget) {
      throw new IllegalArgumentException("the budgets need 1 <= min <= max, not " + minBudget + " and " + maxBudget);
    }
    if (eta < 2 || candidates < 1 || candidates > 1_000_000) {
      throw new IllegalArgumentException("eta is at least 2 and candidates from 1 to a million, not " + eta + " and "
          + candidates);
    }
    this.budget = budget;
    this.minBudget = minBudget;
    this.maxBudget = maxBudget;
    this.eta = eta;
    this.candidates = candidates;
    this.seed = seed;
    this.objective = Objects.requireNonNull(objective, "objective");
    this.maximize = maximize;
  }

  /**
   * Returns successive halving over the budget key {@code budget}, from {@code minBudget} to {@code maxBudget}, with
   * 27 candidates, eta 3, seed 0, minimizing the job's value.
   */
  public static Halving over(String budget, int minBudget, int maxBudget) {
    return new Halving(budget, minBudget, maxBudget, 3, 27, 0, "", false);
  }

  /** Returns this search with {@code count} candidates in its first rung. */
  public Halving withCandidates(int count) {
    return new Halving(budget, minBudget, maxBudget, eta, count, seed, objective, maximize);
  }

  /** Returns this search keeping the best {@code 1/factor} of each rung, with {@code factor} times the budget. */
  public Halving withEta(int factor) {
    return new Halving(budget, minBudget, maxBudget, factor, candidates, seed, objective, maximize);
  }

  /** Returns this search drawing its candidates with {@code newSeed}. */
  public Halving withSeed(long newSeed) {
    return new Halving(budget, minBudget, maxBudget, eta, candidates, newSeed, objective, maximize);
  }

  /** Returns this search reading the objective at {@code path} in each job's value ({@code ""}: the value). */
  public Halving withObjective(String path) {
    return new Halving(budget, minBudget, maxBudget, eta, candidates, seed, path, maximize);
  }

  /** Returns this search keeping the jobs with the largest objective. */
  public Halving maximizing() {
    return new Halving(budget, minBudget, maxBudget, eta, candidates, seed, objective, true);
  }

  /** Returns this search keeping the jobs with the smallest objective, as it does unless told otherwise. */
  public Halving minimizing() {
    return new Halving(budget, minBudget, maxBudget, eta, candidates, seed, objective, false);
  }

  /** Returns the budget's config key. */
  public String budget() {
    return budget;
  }

  /** Returns the first rung's budget. */
  public int minBudget() {
    return minBudget;
  }

  /** Returns the last rung's budget. */
  public int maxBudget() {
    return maxBudget;
  }

  /** Returns the factor by which each rung keeps fewer jobs and gives them more budget. */
  public int eta() {
    return eta;
  }

  /** Returns how many candidates the first rung runs. */
  public int candidates() {
    return candidates;
  }

  /** Returns the seed the candidates are drawn with. */
  public long seed() {
    return seed;
  }

  /** Returns the path of the objective in a job's value; empty for the value itself. */
  public String objective() {
    return objective;
  }

  /** Returns whether larger objectives are better. */
  public boolean maximize() {
    return maximize;
  }

  @Override
  public Search search(List<String> arguments) {
    return new HalvingSearch(this, arguments);
  }

  @Override
  public String toString() {
    return "halving(" + budget + " " + minBudget + ".." + maxBudget + ", eta " + eta + ", " + candidates
        + " candidates, " + (maximize ? "maximize " : "minimize ") + (objective.isEmpty() ? "the value" : objective)
        + ")";
  }
}

package io.hookline.sweep.internal;

import io.hookline.InputException;
import io.hookline.callback.JobReturn;
import io.hookline.config.internal.Binder;
import io.hookline.sweep.Halving;
import io.hookline.sweep.Sweeper.Search;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The search of {@link Halving}: one rung per batch, the candidates kept in their first order.
 *
 * <p>Contract: {@link #tell} ranks the rung's jobs by the objective, a job without one last and ties to the earlier
 * candidate, and keeps the best {@code max(1, n / eta)} for the next rung, whose budget is {@code eta} times larger,
 * capped at the largest; after the rung with the largest budget, the search proposes nothing more, and its best job is
 * that rung's best.
 */
public final class HalvingSearch implements Search {

  private final Halving halving;
  private final List<List<String>> candidates;
  private List<Integer> alive;
  private int budget;
  private boolean over;
  private @Nullable Integer best;

  /**
   * Starts the search of {@code arguments}, drawing its candidates as the random sweeper does.
   *
   * @throws InputException if an argument is malformed, or sets the budget, which the sweeper sets itself
   */
  public HalvingSearch(Halving halving, List<String> arguments) {
    for (String argument : arguments) {
      if (argument.replaceFirst("^[+~]+", "").split("=", 2)[0].equals(halving.budget())) {
        throw new InputException("sweep '" + argument + "': successive halving sets " + halving.budget()
            + " itself, from " + halving.minBudget() + " to " + halving.maxBudget());
      }
    }
    this.halving = halving;
    this.candidates = new RandomSearch(arguments, halving.candidates(), halving.seed()).next();
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      all.add(i);
    }
    this.alive = all;
    this.budget = halving.minBudget();
  }

  @Override
  public List<List<String>> next() {
    if (over) {
      return List.of();
    }
    List<List<String>> rung = new ArrayList<>(alive.size());
    for (int candidate : alive) {
      List<String> job = new ArrayList<>(candidates.get(candidate));
      job.add(halving.budget() + "=" + budget);
      rung.add(List.copyOf(job));
    }
    return rung;
  }

  @Override
  public void tell(List<JobReturn> returns) {
    List<Integer> order = ranked(returns);
    if (budget >= halving.maxBudget()) {
      over = true;
      best = order.isEmpty() ? null : returns.get(order.get(0)).number();
      return;
    }
    int keep = Math.max(1, alive.size() / halving.eta());
    List<Integer> kept = new ArrayList<>();
    for (int i : order.subList(0, keep)) {
      kept.add(alive.get(i));
    }
    kept.sort(Comparator.naturalOrder());
    alive = kept;
    budget = (int) Math.min((long) budget * halving.eta(), halving.maxBudget());
  }

  @Override
  public OptionalInt best() {
    return best == null ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** Returns the places of {@code returns}, best first. */
  private List<Integer> ranked(List<JobReturn> returns) {
    double[] scores = new double[returns.size()];
    for (int i = 0; i < scores.length; i++) {
      Double score = objective(returns.get(i));
      scores[i] = score == null || score.isNaN() ? Double.NaN : halving.maximize() ? -score : score;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    // Smaller is better here; a job without a score ranks last; ties go to the earlier candidate.
    order.sort(Comparator.comparingDouble((Integer i) -> Double.isNaN(scores[i]) ? Double.POSITIVE_INFINITY
        : scores[i]).thenComparing(i -> Double.isNaN(scores[i]) ? 1 : 0).thenComparingInt(i -> i));
    return order;
  }

  /** Returns the objective of {@code result}, or {@code null} if it did not complete or its value has none. */
  private Double objective(JobReturn result) {
    if (!result.completed() || result.value() == null) {
      return null;
    }
    Object node = Binder.toTree(result.value());
    if (!halving.objective().isEmpty()) {
      for (String part : halving.objective().split("\\.")) {
        node = node instanceof Map<?, ?> map ? map.get(part) : null;
      }
    }
    return node instanceof Number number ? number.doubleValue() : null;
  }
}

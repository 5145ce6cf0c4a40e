package io.hookline.sweep.internal;

import io.hookline.InputException;
import io.hookline.Provider;
import io.hookline.provider.internal.BuiltInProvider;
import io.hookline.sweep.Halving;
import io.hookline.sweep.Sweeper;
import java.util.List;

/** Provides {@code sweeper=halving}: {@link Sweeper#halving(String, int, int)}, with every {@link Halving} setting. */
public final class HalvingProvider extends BuiltInProvider<Sweeper> implements Sweeper.Provider {

  /** Creates the provider, as {@link java.util.ServiceLoader} does. */
  public HalvingProvider() {
    super("halving", "successive halving: the best 1/eta of each rung go on with eta times the budget",
        List.of("budget", "the budget's config key, such as epochs (required)",
            "min", "the first rung's budget (default 1)",
            "max", "the last rung's budget (required)",
            "eta", "each rung keeps 1/eta of the jobs (default 3)",
            "candidates", "the first rung's jobs (default 27)",
            "seed", "the seed of the candidates' draws (default 0)",
            "objective", "the path of the number in a job's value (default: the value)",
            "direction", "minimize or maximize (default minimize)"),
        HalvingProvider::halving);
  }

  private static Sweeper halving(Provider.Options options) {
    String budget = options.text("budget").orElseThrow(() -> new InputException("sweeper=halving needs"
        + " sweeper.budget, the budget's config key, such as sweeper.budget=epochs"));
    if (!options.has("max")) {
      throw new InputException("sweeper=halving needs sweeper.max, the last rung's budget, such as sweeper.max=27");
    }
    int min = options.count("min", 1, 1);
    int max = options.count("max", 1, min);
    Halving halving;
    try {
      halving = Sweeper.halving(budget.strip(), min, max).withEta(options.count("eta", 3, 2))
          .withCandidates(options.count("candidates", 27, 1)).withSeed(options.whole("seed", 0))
          .withObjective(options.text("objective").orElse("").strip());
    } catch (IllegalArgumentException e) {
      throw new InputException("sweeper=halving: " + e.getMessage());
    }
    return "maximize".equals(options.oneOf("direction", "minimize", List.of("minimize", "maximize")))
        ? halving.maximizing() : halving;
  }
}

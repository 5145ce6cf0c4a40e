package io.hookline.sweep.internal;

import io.hookline.provider.internal.BuiltInProvider;
import io.hookline.sweep.Sweeper;
import java.util.List;

/** Provides {@code sweeper=random}: {@link Sweeper#random(int, long)}. */
public final class RandomProvider extends BuiltInProvider<Sweeper> implements Sweeper.Provider {

  /** Creates the provider, as {@link java.util.ServiceLoader} does. */
  public RandomProvider() {
    super("random", "trials drawn from uniform(a,b), loguniform(a,b), randint(a,b), normal(mu,sigma) or lists",
        List.of("trials", "how many jobs (default 10)",
            "seed", "the seed of the draws (default 0)"),
        options -> Sweeper.random(options.count("trials", 10, 1), options.whole("seed", 0)));
  }
}

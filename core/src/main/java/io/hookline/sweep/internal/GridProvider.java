package io.hookline.sweep.internal;

import io.hookline.provider.internal.BuiltInProvider;
import io.hookline.sweep.Sweeper;
import java.util.List;

/** Provides {@code sweeper=grid}: {@link Sweeper#grid()}, the default. */
public final class GridProvider extends BuiltInProvider<Sweeper> implements Sweeper.Provider {

  /** Creates the provider, as {@link java.util.ServiceLoader} does. */
  public GridProvider() {
    super("grid", "every combination of the swept values, in one batch (the default)", List.of(),
        options -> Sweeper.grid());
  }
}

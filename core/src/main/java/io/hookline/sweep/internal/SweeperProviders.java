package io.hookline.sweep.internal;

import io.hookline.provider.internal.Providers;
import io.hookline.sweep.Sweeper;
import java.util.List;
import java.util.Map;

/**
 * The sweeper providers found with {@link java.util.ServiceLoader}: Hookline's three first, in the order the help
 * shows them, then the others by name.
 *
 * <p>Contract: {@link Providers}'.
 */
public final class SweeperProviders {

  /** The kind of provider, as the command line names it: {@code sweeper=NAME}. */
  public static final String KIND = "sweeper";

  private static final List<String> BUILT_IN = List.of("grid", "random", "halving");

  private SweeperProviders() {}

  /** Returns the providers visible to this thread's context class loader, or else to Hookline's. */
  public static Map<String, Sweeper.Provider> find() {
    return Providers.find(Sweeper.Provider.class, KIND, BUILT_IN, Providers.loader(Sweeper.Provider.class));
  }
}

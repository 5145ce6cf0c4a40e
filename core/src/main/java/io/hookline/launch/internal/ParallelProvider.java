package io.hookline.launch.internal;

import io.hookline.launch.Launcher;
import io.hookline.provider.internal.BuiltInProvider;
import java.util.List;

/** Provides {@code launcher=parallel}: {@link Launcher#parallel(int)}. */
public final class ParallelProvider extends BuiltInProvider<Launcher> implements Launcher.Provider {

  /** Creates the provider, as {@link java.util.ServiceLoader} does. */
  public ParallelProvider() {
    super("parallel", "jobs on threads of this JVM",
        List.of("threads", "jobs at once (default: the number of processors)"),
        options -> Launcher.parallel(options.count("threads", Runtime.getRuntime().availableProcessors(), 1)));
  }
}

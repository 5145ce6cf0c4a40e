package io.hookline.launch.internal;

import io.hookline.launch.Launcher;
import io.hookline.provider.internal.BuiltInProvider;
import java.util.List;

/** Provides {@code launcher=process}: {@link Launcher#process(int)}. */
public final class ProcessProvider extends BuiltInProvider<Launcher> implements Launcher.Provider {

  /** Creates the provider, as {@link java.util.ServiceLoader} does. */
  public ProcessProvider() {
    super("process", "each job in a child JVM of this program",
        List.of("workers", "child JVMs at once (default: the number of processors)",
            "retries", "times a lost job is run again (default 0)",
            "reuse", "true to run job after job in each child JVM (default false)"),
        options -> Launcher.process(options.count("workers", Runtime.getRuntime().availableProcessors(), 1))
            .withRetries(options.count("retries", 0, 0))
            .withReuse(options.oneOf("reuse", "false", List.of("true", "false")).equals("true")));
  }
}

package io.hookline.launch.internal;

import io.hookline.launch.Launcher;
import io.hookline.launch.LauncherOptions;
import io.hookline.launch.LauncherProvider;
import java.util.List;

/** Provides {@code launcher=process}: {@link Launcher#process(int)}. */
public final class ProcessProvider implements LauncherProvider {

  @Override
  public String name() {
    return "process";
  }

  @Override
  public String description() {
    return "each job in a child JVM of this program";
  }

  @Override
  public List<Option> options() {
    return List.of(new Option("workers", "child JVMs at once (default: the number of processors)"),
        new Option("retries", "times a lost job is run again (default 0)"));
  }

  @Override
  public Launcher create(LauncherOptions options) {
    return Launcher.process(options.count("workers", Runtime.getRuntime().availableProcessors(), 1))
        .withRetries(options.count("retries", 0, 0));
  }
}

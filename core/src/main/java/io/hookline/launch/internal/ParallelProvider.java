package io.hookline.launch.internal;

import io.hookline.launch.Launcher;
import io.hookline.launch.LauncherOptions;
import io.hookline.launch.LauncherProvider;
import java.util.List;

/** Provides {@code launcher=parallel}: {@link Launcher#parallel(int)}. */
public final class ParallelProvider implements LauncherProvider {

  @Override
  public String name() {
    return "parallel";
  }

  @Override
  public String description() {
    return "jobs on threads of this JVM";
  }

  @Override
  public List<Option> options() {
    return List.of(new Option("threads", "jobs at once (default: the number of processors)"));
  }

  @Override
  public Launcher create(LauncherOptions options) {
    return Launcher.parallel(options.count("threads", Runtime.getRuntime().availableProcessors(), 1));
  }
}

package org.acme.launch;

import io.hookline.launch.Launcher;
import io.hookline.launch.LauncherProvider;
import io.hookline.ProviderOptions;
import java.util.List;

/** Makes {@link ShuffledLauncher} choosable as {@code launcher=shuffled launcher.threads=N launcher.seed=S}. */
public final class ShuffledLauncherProvider implements LauncherProvider {

  @Override
  public String name() {
    return "shuffled";
  }

  @Override
  public String description() {
    return "jobs in a shuffled order, on threads of this JVM";
  }

  @Override
  public List<Option> options() {
    return List.of(new Option("threads", "jobs at once (default 2)"),
        new Option("seed", "the seed of the order (default 0)"));
  }

  @Override
  public Launcher create(ProviderOptions options) {
    return new ShuffledLauncher(options.count("threads", 2, 1), options.count("seed", 0, 0));
  }
}

package org.acme.launch;

import io.hookline.Provider;
import io.hookline.launch.Launcher;
import java.util.List;

/** Makes {@link ShuffledLauncher} choosable as {@code launcher=shuffled launcher.threads=N launcher.seed=S}. */
public final class ShuffledLauncherProvider implements Launcher.Provider {

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
  public Launcher create(Provider.Options options) {
    return new ShuffledLauncher(options.count("threads", 2, 1), options.count("seed", 0, 0));
  }
}

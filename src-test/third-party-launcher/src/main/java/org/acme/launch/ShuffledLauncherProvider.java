package org.acme.launch;

import io.hookline.Provider;
import io.hookline.launch.Launcher;
import java.util.LinkedHashMap;
import java.util.Map;

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
  public Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("threads", "jobs at once (default 2)");
    options.put("seed", "the seed of the order (default 0)");
    return options;
  }

  @Override
  public Launcher create(Provider.Options options) {
    return new ShuffledLauncher(options.count("threads", 2, 1), options.count("seed", 0, 0));
  }
}

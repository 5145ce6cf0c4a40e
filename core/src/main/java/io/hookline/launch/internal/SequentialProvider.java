package io.hookline.launch.internal;

import io.hookline.launch.Launcher;
import io.hookline.launch.LauncherOptions;
import io.hookline.launch.LauncherProvider;
import java.util.List;

/** Provides {@code launcher=sequential}: {@link Launcher#sequential()}. */
public final class SequentialProvider implements LauncherProvider {

  @Override
  public String name() {
    return "sequential";
  }

  @Override
  public String description() {
    return "jobs one after another, in this JVM";
  }

  @Override
  public List<Option> options() {
    return List.of();
  }

  @Override
  public Launcher create(LauncherOptions options) {
    return Launcher.sequential();
  }
}

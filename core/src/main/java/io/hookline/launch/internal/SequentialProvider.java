package io.hookline.launch.internal;

import io.hookline.launch.Launcher;
import io.hookline.provider.internal.BuiltInProvider;
import java.util.List;

/** Provides {@code launcher=sequential}: {@link Launcher#sequential()}. */
public final class SequentialProvider extends BuiltInProvider<Launcher> implements Launcher.Provider {

  /** Creates the provider, as {@link java.util.ServiceLoader} does. */
  public SequentialProvider() {
    super("sequential", "jobs one after another, in this JVM", List.of(), options -> Launcher.sequential());
  }
}

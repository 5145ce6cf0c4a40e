package io.hookline.launch.internal;

import io.hookline.launch.Launcher;
import io.hookline.launch.LauncherOptions;
import io.hookline.launch.LauncherProvider;
import java.util.List;
import java.util.function.Function;

/** A provider of one of Hookline's own launchers: its name, its description, its options and how it is made. */
abstract class BuiltInProvider implements LauncherProvider {

  private final String name;
  private final String description;
  private final List<Option> options;
  private final Function<LauncherOptions, Launcher> create;

  BuiltInProvider(String name, String description, List<Option> options, Function<LauncherOptions, Launcher> create) {
    this.name = name;
    this.description = description;
    this.options = List.copyOf(options);
    this.create = create;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final List<Option> options() {
    return options;
  }

  @Override
  public final Launcher create(LauncherOptions given) {
    return create.apply(given);
  }
}

package io.hookline.runtime.internal;

import io.hookline.Composition;
import io.hookline.Factory;
import io.hookline.OutputDirs;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.command.internal.EagerOption;
import io.hookline.command.internal.OptionDefaults;
import io.hookline.config.internal.Targets;
import io.hookline.launch.Launcher;
import io.hookline.sweep.Sweeper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How an app runs, apart from what it runs: where it reads and writes, its callbacks, its launcher.
 *
 * @param directory relative config paths and output directories resolve against it
 * @param out where help goes
 * @param err where errors, warnings and summaries go
 * @param callbacks callbacks registered in code, in order, with their names
 * @param callbackFiles config files whose {@code callbacks:} maps declare more, in order
 * @param launcher the launcher of multiruns, unless the command line picks another; {@code null} for the sequential
 *     one, made when first asked for, so that a run that needs no launcher loads none
 * @param outputs where runs and jobs keep their files
 * @param gracePeriod how long a job has to stop once interrupted, before its end events fire without it
 * @param composition where composed configs come from, or {@code null} if the app does not compose them
 * @param jobTimeout how long a job may run before it FAILED with a {@code JobTimeoutException}, or {@code null} for no
 *     limit
 * @param sweeper how a multirun chooses its jobs; {@code null} for the grid, made when first asked for
 * @param factory what builds command classes and the objects configs name with {@code _target_}, before reflection
 *     does
 * @param targetPackages the packages whose classes and methods a {@code _target_} may name; empty for any
 * @param converters the readers of option values, by type, that the app registered
 * @param eagerOptions the app's options that run before any command, as {@code --version} does
 * @param optionDefaults where options take their defaults from outside the program, in order
 */
public record Settings(Path directory, PrintStream out, PrintStream err, List<NamedCallback> callbacks,
    List<Path> callbackFiles, @Nullable Launcher launcher, OutputDirs outputs, Duration gracePeriod,
    @Nullable Composition composition, @Nullable Duration jobTimeout, @Nullable Sweeper sweeper, Factory factory,
    List<String> targetPackages, Map<Class<?>, Function<String, ?>> converters, List<EagerOption> eagerOptions,
    List<OptionDefaults.Source> optionDefaults) {

  /** The grace period unless the app sets one. */
  public static final Duration GRACE_PERIOD = Duration.ofSeconds(10);

  /** Copies the callbacks. */
  public Settings {
    callbacks = List.copyOf(callbacks);
    callbackFiles = List.copyOf(callbackFiles);
    targetPackages = List.copyOf(targetPackages);
    converters = Map.copyOf(converters);
    eagerOptions = List.copyOf(eagerOptions);
    optionDefaults = List.copyOf(optionDefaults);
  }

  /** Returns the defaults: the working directory, the standard streams, no callbacks, sequential, default dirs. */
  public static Settings defaults() {
    return new Settings(Path.of(""), System.out, System.err, List.of(), List.of(), null, OutputDirs.defaults(),
        GRACE_PERIOD, null, null, null, Factory.REFLECTION, List.of(), Map.of(), List.of(), List.of());
  }

  /** Returns the launcher of multiruns: the one set, or the sequential one. */
  @Override
  public Launcher launcher() {
    return launcher != null ? launcher : Launcher.sequential();
  }

  /** Returns how a multirun chooses its jobs: the sweeper set, or the grid. */
  @Override
  public Sweeper sweeper() {
    return sweeper != null ? sweeper : Sweeper.grid();
  }

  public Settings withDirectory(Path value) {
    Draft draft = new Draft(this);
    draft.directory = value;
    return draft.settings();
  }

  public Settings withOutput(PrintStream newOut, PrintStream newErr) {
    Draft draft = new Draft(this);
    draft.out = newOut;
    draft.err = newErr;
    return draft.settings();
  }

  public Settings withCallbacks(List<NamedCallback> value) {
    Draft draft = new Draft(this);
    draft.callbacks = value;
    return draft.settings();
  }

  public Settings withLauncher(Launcher value) {
    Draft draft = new Draft(this);
    draft.launcher = value;
    return draft.settings();
  }

  public Settings withGracePeriod(Duration value) {
    Draft draft = new Draft(this);
    draft.gracePeriod = value;
    return draft.settings();
  }

  public Settings withComposition(Composition value) {
    Draft draft = new Draft(this);
    draft.composition = value;
    return draft.settings();
  }

  public Settings withJobTimeout(@Nullable Duration value) {
    Draft draft = new Draft(this);
    draft.jobTimeout = value;
    return draft.settings();
  }

  public Settings withOutputs(OutputDirs value) {
    Draft draft = new Draft(this);
    draft.outputs = value;
    return draft.settings();
  }

  public Settings withSweeper(Sweeper value) {
    Draft draft = new Draft(this);
    draft.sweeper = value;
    return draft.settings();
  }

  public Settings withFactory(Factory value) {
    Draft draft = new Draft(this);
    draft.factory = value;
    return draft.settings();
  }

  /**
   * Returns what builds the objects configs name with {@code _target_}, or {@code null} if the app neither has a
   * factory nor narrows the packages: then nothing of {@code instantiate} loads until a config names a target.
   */
  public @Nullable Targets targets() {
    return factory == Factory.REFLECTION && targetPackages.isEmpty() ? null : Targets.of(factory, targetPackages);
  }

  public Settings withTargetPackages(List<String> value) {
    Draft draft = new Draft(this);
    draft.targetPackages = value;
    return draft.settings();
  }

  /** Returns these settings with {@code reader} reading the values of options of {@code type}. */
  public Settings withConverter(Class<?> type, Function<String, ?> reader) {
    Draft draft = new Draft(this);
    draft.converters = new java.util.HashMap<>(converters);
    draft.converters.put(type, reader);
    return draft.settings();
  }

  /** Returns these settings with {@code option} among the app's eager options. */
  public Settings withEagerOption(EagerOption option) {
    Draft draft = new Draft(this);
    draft.eagerOptions = new ArrayList<>(eagerOptions);
    draft.eagerOptions.add(option);
    return draft.settings();
  }

  /** Returns these settings with {@code source} after the sources of options' defaults so far. */
  public Settings withOptionDefaults(OptionDefaults.Source source) {
    Draft draft = new Draft(this);
    draft.optionDefaults = new ArrayList<>(optionDefaults);
    draft.optionDefaults.add(source);
    return draft.settings();
  }

  /** Returns these settings with no callback, registered or declared in a file. */
  public Settings withoutCallbacks() {
    Draft draft = new Draft(this);
    draft.callbacks = List.of();
    draft.callbackFiles = List.of();
    return draft.settings();
  }

  public Settings withCallbackFile(Path value) {
    Draft draft = new Draft(this);
    draft.callbackFiles = new ArrayList<>(callbackFiles);
    draft.callbackFiles.add(value);
    return draft.settings();
  }

  /** A copy of a settings' fields, one of which a wither changes before it builds the new settings. */
  private static final class Draft {
    Path directory;
    PrintStream out;
    PrintStream err;
    List<NamedCallback> callbacks;
    List<Path> callbackFiles;
    @Nullable Launcher launcher;
    OutputDirs outputs;
    Duration gracePeriod;
    @Nullable Composition composition;
    @Nullable Duration jobTimeout;
    @Nullable Sweeper sweeper;
    Factory factory;
    List<String> targetPackages;
    Map<Class<?>, Function<String, ?>> converters;
    List<EagerOption> eagerOptions;
    List<OptionDefaults.Source> optionDefaults;

    Draft(Settings from) {
      directory = from.directory;
      out = from.out;
      err = from.err;
      callbacks = from.callbacks;
      callbackFiles = from.callbackFiles;
      launcher = from.launcher;
      outputs = from.outputs;
      gracePeriod = from.gracePeriod;
      composition = from.composition;
      jobTimeout = from.jobTimeout;
      sweeper = from.sweeper;
      factory = from.factory;
      targetPackages = from.targetPackages;
      converters = from.converters;
      eagerOptions = from.eagerOptions;
      optionDefaults = from.optionDefaults;
    }

    Settings settings() {
      return new Settings(directory, out, err, callbacks, callbackFiles, launcher, outputs, gracePeriod, composition,
          jobTimeout, sweeper, factory, targetPackages, converters, eagerOptions, optionDefaults);
    }
  }
}

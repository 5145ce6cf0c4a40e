package io.hookline.runtime.internal;

import io.hookline.callback.internal.NamedCallback;
import io.hookline.launch.Launcher;
import io.hookline.launch.OutputDirs;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an app runs, apart from what it runs: where it reads and writes, its callbacks, its launcher.
 *
 * @param directory relative config paths and output directories resolve against it
 * @param out where help goes
 * @param err where errors, warnings and summaries go
 * @param callbacks callbacks registered in code, in order, with their names
 * @param callbackFile a config file whose {@code callbacks:} map declares more, or {@code null}
 * @param launcher the launcher of multiruns, unless the command line picks another
 * @param outputs where runs and jobs keep their files
 * @param gracePeriod how long a job has to stop once interrupted, before its end events fire without it
 */
public record Settings(Path directory, PrintStream out, PrintStream err, List<NamedCallback> callbacks,
    @Nullable Path callbackFile, Launcher launcher, OutputDirs outputs, Duration gracePeriod) {

  /** The grace period unless the app sets one. */
  public static final Duration GRACE_PERIOD = Duration.ofSeconds(10);

  /** Copies the callbacks. */
  public Settings {
    callbacks = List.copyOf(callbacks);
  }

  /** Returns the defaults: the working directory, the standard streams, no callbacks, sequential, default dirs. */
  public static Settings defaults() {
    return new Settings(Path.of(""), System.out, System.err, List.of(), null, Launcher.sequential(),
        OutputDirs.defaults(), GRACE_PERIOD);
  }

  public Settings withDirectory(Path value) {
    return new Settings(value, out, err, callbacks, callbackFile, launcher, outputs, gracePeriod);
  }

  public Settings withOutput(PrintStream newOut, PrintStream newErr) {
    return new Settings(directory, newOut, newErr, callbacks, callbackFile, launcher, outputs, gracePeriod);
  }

  public Settings withCallbacks(List<NamedCallback> value) {
    return new Settings(directory, out, err, value, callbackFile, launcher, outputs, gracePeriod);
  }

  public Settings withCallbackFile(Path value) {
    return new Settings(directory, out, err, callbacks, value, launcher, outputs, gracePeriod);
  }

  public Settings withLauncher(Launcher value) {
    return new Settings(directory, out, err, callbacks, callbackFile, value, outputs, gracePeriod);
  }

  public Settings withGracePeriod(Duration value) {
    return new Settings(directory, out, err, callbacks, callbackFile, launcher, outputs, value);
  }

  public Settings withOutputs(OutputDirs value) {
    return new Settings(directory, out, err, callbacks, callbackFile, launcher, value, gracePeriod);
  }
}

package io.hookline.testkit;

import io.hookline.App;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.Hooks;
import io.hookline.OutputDirs;
import io.hookline.Stage;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The app the testkit runs its checks in: it writes no config file and no output directory, and prints nothing, so
 * that a check leaves no trace in the folder it runs from.
 */
final class QuietApp {

  private QuietApp() {}

  /** Returns an app named {@code name} with no commands that reads configs' defaults and writes nothing. */
  static App named(String name) {
    return App.named(name)
        .hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
            DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS))))
        .outputs(OutputDirs.off())
        .output(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()));
  }
}

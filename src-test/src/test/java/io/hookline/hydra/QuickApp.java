package io.hookline.hydra;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.OutputDirs;
import io.hookline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A program for the progress-line test, run in its own JVM: a multirun of eight jobs, the second failing, each
 * printing a line of its own on the standard output after a short while, as a training job would.
 */
public final class QuickApp {

  private QuickApp() {}

  /** Runs the jobs, with any options in {@code args} ({@code --no-progress}), and exits with the app's exit code. */
  public static void main(String[] args) {
    App app = App.named("quick")
        .outputs(OutputDirs.off())
        .command(Command.of("work", inv -> {
          Thread.sleep(150);
          if (inv.overrides().contains("+n=2")) {
            throw new IllegalStateException("two");
          }
          System.out.println("trained " + inv.overrides());
          return "done";
        }).config(ConfigSpec.of("params", Map.of()))
            .override(Stage.CONFIG, DefaultHooks.LOAD,
                DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS))));
    List<String> line = new ArrayList<>(List.of("work", "-m", "+n=1,2,3,4,5,6,7,8"));
    line.addAll(List.of(args));
    System.exit(app.wake(line.toArray(String[]::new)));
  }
}

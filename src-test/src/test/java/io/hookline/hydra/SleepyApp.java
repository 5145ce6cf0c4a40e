package io.hookline.hydra;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.OutputDirs;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.launch.Launcher;
import java.util.List;

/**
 * A program for the Ctrl-C test, run in its own JVM: a multirun of jobs that sleep for a minute, with a callback that
 * prints every event to standard output. Its one argument picks the launcher: {@code sequential} or
 * {@code parallel}.
 */
public final class SleepyApp {

  private SleepyApp() {}

  /** Runs three sleeping jobs and exits with the app's exit code. */
  public static void main(String[] args) {
    Callback printer = new Callback() {
      @Override
      public void onMultirunStart(RunContext run) {
        System.out.println("multirun start");
      }

      @Override
      public void onMultirunEnd(RunContext run, List<JobReturn> results) {
        System.out.println("multirun end " + results.stream().map(r -> r.status().name()).toList());
      }

      @Override
      public void onJobStart(JobContext job) {
        System.out.println("job start #" + job.number());
      }

      @Override
      public void onJobEnd(JobContext job, JobReturn result) {
        System.out.println("job end #" + job.number() + " " + result.status());
      }
    };
    App app = App.named("sleepy")
        .outputs(OutputDirs.off())
        .launcher(args[0].equals("parallel") ? Launcher.parallel(2) : Launcher.sequential())
        .callback("printer", printer)
        .command(Command.of("sleep", inv -> {
          Thread.sleep(60_000);
          return "woke";
        }).config(io.hookline.ConfigSpec.of("params", java.util.Map.of()))
            .override(io.hookline.Stage.CONFIG, io.hookline.DefaultHooks.LOAD,
                io.hookline.DefaultHooks.load(io.hookline.DefaultHooks.LoadOptions.defaults()
                    .whenMissing(WhenMissing.USE_DEFAULTS))));
    System.exit(app.wake("sleep", "-m", "+n=1,2,3"));
  }
}

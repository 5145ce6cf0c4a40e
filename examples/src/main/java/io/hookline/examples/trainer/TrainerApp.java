package io.hookline.examples.trainer;

import io.hookline.App;
import io.hookline.callback.Callback;
import io.hookline.launch.Launcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The trainer: a realistic Hookline program with two commands, record configs written on the first run, overrides,
 * sweeps on the parallel launcher, and callbacks that write each job's result and sum up the sweep.
 *
 * <pre>{@code
 * trainer train                                   # train once with the configs' files (written on first run)
 * trainer train lr=0.3 optimizer=adam             # override values on the command line
 * trainer train -m lr=0.01,0.1,0.3 epochs=5,20    # a sweep of 6 jobs on 4 threads, summed up at the end
 * trainer evaluate checkpoint=lr=0.3,epochs=20    # evaluate a checkpoint
 * trainer train --help                            # every option and config key, with types and defaults
 * }</pre>
 */
public final class TrainerApp {

  private TrainerApp() {}

  /** Returns the program, with its files under {@code home}. */
  public static App app(Path home) {
    return App.named("trainer")
        .describedAs("Trains and evaluates (simulated) models.")
        .config(DataConfig.class)
        .command("train", TrainConfig.class, DataConfig.class, (train, data) -> {
          Metrics metrics = Trainer.train(train, data);
          System.out.println("trained " + train.optimizer() + " lr=" + train.lr() + " epochs=" + train.epochs()
              + " on " + data.name() + ": " + metrics);
          return metrics;
        })
        .command("evaluate", EvalConfig.class, DataConfig.class, (eval, data) -> {
          double accuracy = 0.8 + (eval.checkpoint().hashCode() & 0xff) / 2550.0;
          String verdict = accuracy >= eval.threshold() ? "passes" : "fails";
          System.out.printf(Locale.ROOT, "%s on %s: accuracy %.1f%%, %s the %.0f%% bar%n",
              eval.checkpoint(), data.name(), accuracy * 100, verdict, eval.threshold() * 100);
          return accuracy;
        })
        .callback("summary", new Summary())
        .callback("results", Callback.writeJobReturns())
        .launcher(Launcher.parallel(4))
        .directory(home);
  }

  /** The demonstration sweep, which the trainer runs when it is given no arguments. */
  public static final List<String> DEMO = List.of("train", "-m", "lr=0.01,0.1,0.3", "optimizer=sgd,adam", "epochs=5,20");

  /**
   * Runs the trainer. With no arguments it runs the {@link #DEMO demonstration sweep}; its files go under the folder
   * named by the system property {@code trainer.home}, or the working directory.
   */
  public static void main(String[] args) {
    String[] arguments = args.length > 0 ? args : DEMO.toArray(String[]::new);
    Path home = Path.of(System.getProperty("trainer.home", ""));
    System.exit(app(home).wake(arguments));
  }
}

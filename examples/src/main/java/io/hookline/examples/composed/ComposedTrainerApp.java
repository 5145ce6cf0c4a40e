package io.hookline.examples.composed;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.examples.trainer.DataConfig;
import io.hookline.examples.trainer.Metrics;
import io.hookline.examples.trainer.TrainConfig;
import io.hookline.examples.trainer.Trainer;
import java.lang.System.Logger.Level;
import java.nio.file.Path;

/**
 * The trainer with composed configs, as Hydra composes them: the configs packaged in the jar under
 * {@code trainer-conf/}, an {@code optimizer} group and a {@code data} group chosen by the defaults list or on the
 * command line, and the callbacks and launcher declared in the composed {@code hookline} node. Each job logs to
 * {@code train.log} in its folder.
 *
 * <pre>{@code
 * trainer train                                          # sgd on digits, as config.yaml's defaults list says
 * trainer train optimizer=adam data=letters train.epochs=20
 * trainer train -m 'optimizer=glob(*)' data=digits,letters   # a group sweep: four jobs
 * trainer train --cfg job                                # the composed config, without running
 * trainer train --info defaults-tree                     # how it was composed
 * }</pre>
 */
public final class ComposedTrainerApp {

  /** Its jobs' logger: each job's records go to {@code train.log} in the job's folder. */
  private static final System.Logger LOG = App.logger(ComposedTrainerApp.class);

  private ComposedTrainerApp() {}

  /** Returns the program, with its output directories under {@code home}. */
  public static App app(Path home) {
    // tag::app[]
    return App.named("trainer")
        .describedAs("Trains (simulated) models, with composed configs.")
        .compose(Composition.classPath("trainer-conf"))
        .command(Command.of("train", invocation -> {
          TrainConfig train = invocation.config("train", TrainConfig.class);
          DataConfig data = invocation.config("data", DataConfig.class);
          LOG.log(Level.INFO, "training " + train.optimizer() + " lr=" + train.lr() + " on " + data.name());
          Metrics metrics = Trainer.train(train, data);
          LOG.log(Level.INFO, "trained: " + metrics);
          System.out.println("trained " + train.optimizer() + " lr=" + train.lr() + " epochs=" + train.epochs()
              + " on " + data.name() + ": " + metrics);
          return metrics;
        }).config(ConfigSpec.of("train", TrainConfig.class)).config(ConfigSpec.of("data", DataConfig.class)))
        .directory(home);
    // end::app[]
  }

  /**
   * Runs the composed trainer. With no arguments it runs a group sweep: every optimizer on both data sets. Its files
   * go under the folder named by the system property {@code trainer.home}, or the working directory.
   */
  public static void main(String[] args) {
    String[] arguments = args.length > 0 ? args
        : new String[] {"train", "-m", "optimizer=glob(*)", "data=digits,letters"};
    System.exit(app(Path.of(System.getProperty("trainer.home", ""))).wake(arguments));
  }
}

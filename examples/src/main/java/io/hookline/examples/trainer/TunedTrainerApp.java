package io.hookline.examples.trainer;

import io.hookline.App;
import io.hookline.sweep.Sweeper;
import java.nio.file.Path;

/**
 * The trainer, tuned by successive halving: 27 candidate learning rates and optimizers, drawn at random, each trained
 * for 1 epoch; the best third by accuracy trained again for 3 epochs, and so on up to 27 epochs.
 *
 * <pre>{@code
 * tuned-trainer train -m lr=loguniform(0.001,3) optimizer=sgd,adam
 * }</pre>
 */
public final class TunedTrainerApp {

  private TunedTrainerApp() {}

  /** Returns the trainer with its files under {@code home}, sweeping by successive halving over {@code epochs}. */
  public static App app(Path home) {
    return TrainerApp.app(home)
        .sweeper(Sweeper.halving("epochs", 1, 27).withCandidates(27).withSeed(7).withObjective("accuracy").maximizing());
  }

  /**
   * Runs the tuned trainer; with no arguments, the search above. Its files go under the folder named by the system
   * property {@code trainer.home}, or the working directory.
   */
  public static void main(String[] args) {
    String[] arguments = args.length > 0 ? args : new String[] {"train", "-m", "lr=loguniform(0.001,3)",
        "optimizer=sgd,adam"};
    System.exit(app(Path.of(System.getProperty("trainer.home", ""))).wake(arguments));
  }
}

package io.hookline.config;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import java.nio.file.Path;

/**
 * A program for the environment's tests, run in a JVM of its own so that the tests choose its environment: its
 * {@code train} command prints the config it was given, which reads variables named {@code TRAINER_…}.
 */
public final class EnvironmentApp {

  /** The optimizer's settings. */
  public record Optim(String name, double momentum) {
    /** The defaults. */
    public Optim() {
      this("sgd", 0.9);
    }
  }

  /** The config. */
  public record Train(double lr, int warmupSteps, Optim optim) {
    /** The defaults. */
    public Train() {
      this(0.1, 0, new Optim());
    }
  }

  private EnvironmentApp() {}

  /** Returns the program, with its files in {@code dir}. */
  static App app(Path dir) {
    return App.named("trainer").directory(dir)
        .command(Command.of("train", invocation -> {
          Train train = invocation.config(Train.class);
          System.out.println(train);
          return train;
        }).config(ConfigSpec.of(Train.class).withEnvironmentPrefix("TRAINER_")));
  }

  /** Runs the program in the folder named by the system property {@code trainer.dir}. */
  public static void main(String[] args) {
    System.exit(app(Path.of(System.getProperty("trainer.dir"))).wake(args));
  }
}

package io.hookline.examples.scheduled;

import io.hookline.App;
import io.hookline.Composition;
import java.nio.file.Path;
import java.util.Random;

/**
 * The trainer whose configs name what they build: the optimizer (a record, or a static factory method) chosen from the
 * {@code optimizer} group, and the learning-rate schedule, a static method made partial; and whose seed comes from a
 * resolver of the app's own, {@code ${seed.of:NAME}}.
 *
 * <pre>{@code
 * trainer train                          # adam, as config.yaml's defaults list says
 * trainer train optimizer=sgd run.name=long run.steps=6
 * trainer train --cfg job --resolve      # the composed config, the seed resolved
 * }</pre>
 */
public final class ScheduledTrainerApp {

  private ScheduledTrainerApp() {}

  /** Returns the program, with its output directories under {@code home}. */
  public static App app(Path home) {
    // tag::app[]
    return App.named("trainer")
        .describedAs("Trains (simulated) models whose configs name their optimizer and schedule.")
        .compose(Composition.classPath("scheduled-conf")
            .resolver("seed.of", arguments -> (long) String.valueOf(arguments.get(0)).hashCode() & 0xffff))
        .config(Run.class)
        .command("train", Run.class, run -> {
          Random random = new Random(run.seed());
          double weight = 1;
          for (int step = 0; step < run.steps(); step++) {
            weight += run.optimizer().step(weight + random.nextGaussian() / 10, run.schedule().applyAsDouble(step));
          }
          System.out.printf("%s: %s, %d steps from seed %d: weight %.4f%n", run.name(), run.optimizer(), run.steps(),
              run.seed(), weight);
          return weight;
        })
        .directory(home);
    // end::app[]
  }

  /** Runs the scheduled trainer; its files go under the folder named by {@code trainer.home}, or the working one. */
  public static void main(String[] args) {
    System.exit(app(Path.of(System.getProperty("trainer.home", ""))).wake(args.length > 0 ? args
        : new String[] {"train"}));
  }
}

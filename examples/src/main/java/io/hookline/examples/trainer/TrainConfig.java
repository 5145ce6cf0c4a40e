package io.hookline.examples.trainer;

import java.util.List;

/**
 * How to train: written to {@code trainconfig.yaml} with these defaults on the first run.
 *
 * @param epochs how many passes over the data
 * @param lr the learning rate
 * @param optimizer {@code sgd} or {@code adam}
 * @param layers the width of each hidden layer
 */
public record TrainConfig(int epochs, double lr, String optimizer, List<Integer> layers) {

  /** Checks the values, so that a bad one is reported as bad input, with where it came from. */
  public TrainConfig {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, not " + epochs);
    }
    if (!(lr > 0 && lr < 10)) {
      throw new IllegalArgumentException("lr must be between 0 and 10, not " + lr);
    }
    layers = List.copyOf(layers);
  }

  /** The defaults. */
  public TrainConfig() {
    this(5, 0.1, "sgd", List.of(64, 32));
  }
}

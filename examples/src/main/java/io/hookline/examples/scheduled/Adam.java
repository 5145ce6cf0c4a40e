package io.hookline.examples.scheduled;

/**
 * The Adam optimizer, (simulated): a record a config builds by naming it, with the defaults its constructor without
 * arguments gives.
 *
 * @param beta1 the first moment's decay
 * @param beta2 the second moment's decay
 */
public record Adam(double beta1, double beta2) implements Optimizer {

  /** Checks the decays, so that a bad one is reported as bad input, with where it came from. */
  public Adam {
    if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1)) {
      throw new IllegalArgumentException("the decays are in [0, 1), not " + beta1 + " and " + beta2);
    }
  }

  /** The usual decays. */
  public Adam() {
    this(0.9, 0.999);
  }

  @Override
  public double step(double gradient, double rate) {
    return -rate * gradient * (1 - beta1) / Math.sqrt(1 - beta2);
  }

  @Override
  public String toString() {
    return "adam(beta1=" + beta1 + ", beta2=" + beta2 + ")";
  }
}

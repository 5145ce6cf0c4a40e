package io.hookline.examples.scheduled;

/**
 * How a (simulated) model's weights move at each step: a config names the one it wants with {@code _target_}.
 *
 * <p>Contract: {@link #step} returns the change for a gradient at a learning rate; an optimizer shows itself as
 * {@code name(parameters)}.
 */
public interface Optimizer {

  /** Returns how far a weight moves for {@code gradient} at learning rate {@code rate}. */
  double step(double gradient, double rate);

  /** Returns plain gradient descent with {@code momentum}: a static factory method a config may name. */
  static Optimizer sgd(double momentum) {
    return new Optimizer() {
      @Override
      public double step(double gradient, double rate) {
        return -rate * gradient * (1 + momentum);
      }

      @Override
      public String toString() {
        return "sgd(momentum=" + momentum + ")";
      }
    };
  }
}

package io.hookline.examples.trainer;

/**
 * How to evaluate: written to {@code evalconfig.yaml} on the first run.
 *
 * @param checkpoint the model to evaluate, by the learning rate and epochs it was trained with
 * @param threshold the accuracy a model must reach to pass
 */
public record EvalConfig(String checkpoint, double threshold) {

  /** The defaults. */
  public EvalConfig() {
    this("lr=0.1,epochs=5", 0.9);
  }
}

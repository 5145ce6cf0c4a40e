package io.hookline.examples.trainer;

/**
 * A stand-in for real training: a deterministic loss curve shaped by the config, so that sweeps give reproducible,
 * comparable results without a GPU.
 */
public final class Trainer {

  private Trainer() {}

  /** The loss beyond which training has diverged. */
  private static final double DIVERGED = 100;

  /**
   * "Trains" a model and returns its metrics.
   *
   * @throws IllegalStateException if training diverges, as it does when the learning rate is far too high
   */
  public static Metrics train(TrainConfig train, DataConfig data) throws InterruptedException {
    double width = train.layers().stream().mapToInt(Integer::intValue).sum();
    double speed = train.lr() * (train.optimizer().equals("adam") ? 3 : 1) * Math.log(1 + width) / 4;
    double loss = 2.3;
    for (int epoch = 0; epoch < train.epochs(); epoch++) {
      Thread.sleep(2);
      double step = speed * (1 - speed / 4);
      loss = loss * Math.exp(-Math.max(step, -0.5)) + (speed > 2 ? 0.3 : 0);
      if (loss > DIVERGED) {
        throw new IllegalStateException("diverged at epoch " + (epoch + 1) + " (loss " + Math.round(loss)
            + "); try a lower lr");
      }
    }
    loss = Math.max(loss, 0.01) * (32.0 / Math.max(data.batchSize(), 1) > 4 ? 1.2 : 1);
    return new Metrics(loss, Math.exp(-loss));
  }
}

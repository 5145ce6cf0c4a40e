package io.hookline.examples.scheduled;

/** Learning-rate schedules, as static methods a config makes partial: the step is given last, at each step. */
public final class Schedules {

  private Schedules() {}

  /** Returns the rate at {@code step}: rising linearly to {@code peak} over {@code warmup} steps, then held. */
  public static double warmup(double peak, int warmup, int step) {
    return step >= warmup ? peak : peak * (step + 1) / warmup;
  }
}

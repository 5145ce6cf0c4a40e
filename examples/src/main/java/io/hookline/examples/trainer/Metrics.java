package io.hookline.examples.trainer;

import java.util.Locale;

/**
 * What a training run achieved.
 *
 * @param loss the final loss
 * @param accuracy the final accuracy, from 0 to 1
 */
public record Metrics(double loss, double accuracy) {

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "loss %.4f, accuracy %.1f%%", loss, accuracy * 100);
  }
}

package io.hookline.benchmarks;

import io.hookline.pipeline.Hook;

/**
 * A small immutable state for benchmarks: two counters that hooks advance, so that no run can be optimised away.
 *
 * @param sum the sum of the values the hooks added
 * @param steps the number of hooks that ran
 */
public record Tally(long sum, int steps) {

  /** Returns one of four hook shapes, chosen by {@code i}, each a different class. */
  static Hook<Tally> hook(int i) {
    return switch (i % 4) {
      case 0 -> t -> new Tally(t.sum + i, t.steps + 1);
      case 1 -> t -> new Tally(t.sum ^ i, t.steps + 1);
      case 2 -> t -> new Tally(t.sum - i, t.steps + 1);
      default -> t -> new Tally(t.sum * 31 + i, t.steps + 1);
    };
  }
}

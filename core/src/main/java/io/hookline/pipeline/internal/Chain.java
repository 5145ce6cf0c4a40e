package io.hookline.pipeline.internal;

import io.hookline.pipeline.Hook;
import java.util.StringJoiner;

/**
 * Hooks run one after the other in a loop, each result checked for {@code null}.
 *
 * <p>Contract: immutable. Running a chain of any length uses one stack frame for the loop; only the arounds inside it
 * nest deeper.
 *
 * @param <S> the state that flows through the pipeline
 */
final class Chain<S> implements Hook<S> {

  private final Hook<S>[] steps;
  private final String[] names;

  Chain(Hook<S>[] steps, String[] names) {
    this.steps = steps;
    this.names = names;
  }

  @Override
  public S invoke(S state) throws Exception {
    S current = state;
    for (int i = 0; i < steps.length; i++) {
      current = steps[i].invoke(current);
      if (current == null) {
        throw Plan.returnedNull(names[i]);
      }
    }
    return current;
  }

  @Override
  public String toString() {
    StringJoiner shown = new StringJoiner(", ");
    for (int i = 0; i < steps.length; i++) {
      shown.add(steps[i] instanceof Wrapped<S> wrapped ? wrapped.toString() : names[i]);
    }
    return shown.toString();
  }
}

package io.hookline.pipeline.internal;

import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;

/**
 * An around together with the steps it wraps, run as one hook.
 *
 * <p>Contract: immutable. The around receives the wrapped steps as {@code next}; its result is checked for
 * {@code null}.
 *
 * @param <S> the state that flows through the pipeline
 */
final class Wrapped<S> implements Hook<S> {

  private final Around<S> around;
  private final Hook<S> inner;
  private final String name;

  Wrapped(Around<S> around, Hook<S> inner, String name) {
    this.around = around;
    this.inner = inner;
    this.name = name;
  }

  @Override
  public S invoke(S state) throws Exception {
    S result = around.invoke(state, inner);
    if (result == null) {
      throw Plan.returnedNull(name);
    }
    return result;
  }

  @Override
  public String toString() {
    return name + "{" + inner + "}";
  }
}

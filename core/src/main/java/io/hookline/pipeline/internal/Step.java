package io.hookline.pipeline.internal;

import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import org.jspecify.annotations.Nullable;

/**
 * One slot of a {@link StepTable}: a hook, an around, or the mark a forgotten step leaves behind.
 *
 * <p>Steps are immutable. A {@code null} key means the step was added without one: it runs, but it cannot be forgotten
 * or overridden.
 *
 * @param <S> the state that flows through the pipeline
 */
public sealed interface Step<S> {

  /** The step's key, or {@code null} for an unnamed step. */
  @Nullable String key();

  /**
   * A hook step.
   *
   * @param key the key, or {@code null}
   * @param hook the hook
   * @param <S> the state type
   */
  record OfHook<S>(@Nullable String key, Hook<S> hook) implements Step<S> {}

  /**
   * An around step. It wraps the live steps in the slots from {@code from} up to its own slot.
   *
   * @param key the key, or {@code null}
   * @param around the around
   * @param from the first slot of the wrapped range
   * @param <S> the state type
   */
  record OfAround<S>(@Nullable String key, Around<S> around, int from) implements Step<S> {

    OfAround<S> shifted(int offset) {
      return new OfAround<>(key, around, from + offset);
    }
  }

  /**
   * The mark of a forgotten step. It keeps the slot numbers of the steps after it stable until the table compacts.
   *
   * @param <S> the state type
   */
  record Forgotten<S>() implements Step<S> {

    @Override
    public @Nullable String key() {
      return null;
    }
  }
}

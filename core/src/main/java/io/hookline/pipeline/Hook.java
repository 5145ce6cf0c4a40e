package io.hookline.pipeline;

/**
 * One step of a {@link Pipeline}: it takes a state and returns the next state.
 *
 * <p>Contract: a hook never returns {@code null}; a pipeline that meets a {@code null} result fails at once with a
 * {@link NullPointerException} naming the step. A hook may throw any exception, checked or not: the pipeline passes it
 * on to its caller unchanged, neither wrapped nor re-labelled.
 *
 * <p>The method is called {@code invoke}, not {@code apply}. A Java member named {@code apply} that takes a lambda
 * would hide Kotlin's scope function {@code apply {}}; {@code invoke} instead lets Kotlin call a hook as
 * {@code hook(state)}.
 *
 * @param <S> the state that flows through the pipeline
 */
@FunctionalInterface
public interface Hook<S> {

  /**
   * Returns the state that follows {@code state}.
   *
   * @param state the current state, never {@code null}
   * @return the next state, never {@code null}
   * @throws Exception anything the hook's own code throws; the pipeline rethrows it unchanged
   */
  S invoke(S state) throws Exception;
}

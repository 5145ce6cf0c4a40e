package io.hookline.pipeline;

/**
 * A step that wraps the steps before it in a {@link Pipeline}, the way an interceptor wraps a call.
 *
 * <p>Contract: the around receives the state and {@code next}, the wrapped steps as one hook. It may act before and
 * after calling {@code next}, call it more than once (a retry), or not at all (a short-circuit: the wrapped steps are
 * skipped and the around's own result stands). Hookline does not count the calls; the testkit's around laws check
 * what a given around promises. Like a {@link Hook}, an around never returns {@code null}, and whatever it throws
 * reaches the pipeline's caller unchanged.
 *
 * @param <S> the state that flows through the pipeline
 */
@FunctionalInterface
public interface Around<S> {

  /**
   * Runs the wrapped steps, through {@code next}, and returns the resulting state.
   *
   * @param state the state the wrapped steps would receive
   * @param next the wrapped steps; calling it runs them and returns their result
   * @return the state after this step, never {@code null}
   * @throws Exception anything the around or the wrapped steps throw; the pipeline rethrows it unchanged
   */
  S invoke(S state, Hook<S> next) throws Exception;
}

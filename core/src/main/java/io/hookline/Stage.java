package io.hookline;

/**
 * The nine stages an invoked command goes through, in the order they run: pre, main and post for each of config,
 * init and run.
 *
 * <ul>
 *   <li>config: the configs are loaded (main) and the command-line overrides applied (post);
 *   <li>init: the command is built from its configs;
 *   <li>run: the command runs, and its result is kept.
 * </ul>
 *
 * <p>Each stage is one {@link io.hookline.pipeline.Pipeline} of hooks over the {@link Invocation}. Nothing runs
 * between two stages, and every stage runs, even an empty one, which passes the invocation on unchanged. Parser hooks
 * are not a stage: they contribute options when a command is registered, not when it runs.
 */
public enum Stage {
  PRE_CONFIG,
  CONFIG,
  POST_CONFIG,
  PRE_INIT,
  INIT,
  POST_INIT,
  PRE_RUN,
  RUN,
  POST_RUN
}

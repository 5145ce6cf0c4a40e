package io.hookline.command;

import org.jspecify.annotations.Nullable;

/**
 * A command written as a lambda or a method reference: it receives the invocation, with its configs loaded and
 * overridden, and returns its result.
 *
 * <p>Contract: the result (or {@code null}) is kept as the invocation's result. Whatever the body throws, checked or
 * not, reaches Hookline unchanged and makes the run a failure (exit code 1) with the exception reported as it is.
 */
@FunctionalInterface
public interface CommandBody {

  /**
   * Runs the command.
   *
   * @param invocation the invocation; read configs with {@link Invocation#config(Class)}
   * @return the result, or {@code null}
   * @throws Exception anything the command's own code throws
   */
  @Nullable Object run(Invocation invocation) throws Exception;
}

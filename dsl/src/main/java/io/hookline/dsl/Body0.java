package io.hookline.dsl;

import org.jspecify.annotations.Nullable;

/**
 * The body of a command that takes no config, written as a lambda or a method reference.
 *
 * <p>Contract: it returns the command's result, kept in the invocation and the job's return; return {@code null} for
 * none (Kotlin's {@code Unit} counts as none). Whatever it throws, checked or not, makes the job fail with that
 * exception, unchanged.

 */
@FunctionalInterface
public interface Body0 {

  /** Runs the command and returns its result, or {@code null}. */
  @Nullable Object invoke() throws Exception;
}

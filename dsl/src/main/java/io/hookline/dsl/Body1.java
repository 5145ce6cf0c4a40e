package io.hookline.dsl;

import org.jspecify.annotations.Nullable;

/**
 * The body of a command that takes one config, written as a lambda or a method reference: it receives it,
 * loaded and overridden.
 *
 * <p>Contract: it returns the command's result, kept in the invocation and the job's return; return {@code null} for
 * none (Kotlin's {@code Unit} counts as none). Whatever it throws, checked or not, makes the job fail with that
 * exception, unchanged.
 *
 * @param <A> the type of config 1
 */
@FunctionalInterface
public interface Body1<A> {

  /** Runs the command and returns its result, or {@code null}. */
  @Nullable Object invoke(A a) throws Exception;
}

package io.hookline.dsl;

import org.jspecify.annotations.Nullable;

/**
 * The body of a command that takes 2 configs, written as a lambda or a method reference: it receives them,
 * loaded and overridden, in the order they were declared.
 *
 * <p>Contract: it returns the command's result, kept in the invocation and the job's return; return {@code null} for
 * none (Kotlin's {@code Unit} counts as none). Whatever it throws, checked or not, makes the job fail with that
 * exception, unchanged.
 *
 * @param <A> the type of config 1
 * @param <B> the type of config 2
 */
@FunctionalInterface
public interface Body2<A, B> {

  /** Runs the command and returns its result, or {@code null}. */
  @Nullable Object invoke(A a, B b) throws Exception;
}

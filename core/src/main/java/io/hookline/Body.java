package io.hookline;

import org.jspecify.annotations.Nullable;

/**
 * What a command runs when it is written as a lambda or a method reference: it receives the invocation, its configs
 * loaded and overridden, and returns the command's result. Its nested interfaces are the typed bodies, which receive
 * the command's own configs themselves, in the order declared ({@code Command.of("train", Train.class, train -> ...)}).
 *
 * <p>Contract: the result (or {@code null}) is kept as the invocation's result and the job's return; Kotlin's
 * {@code Unit} counts as none. Whatever a body throws, checked or not, reaches Hookline
 * unchanged and makes the run a failure (exit code 1), with the exception reported as it is.
 */
@FunctionalInterface
public interface Body {

  /**
   * Runs the command.
   *
   * @param invocation the invocation; read configs with {@link Invocation#config(Class)}
   * @return the result, or {@code null}
   * @throws Exception anything the command's own code throws
   */
  @Nullable Object invoke(Invocation invocation) throws Exception;

  /**
   * The body of a command that takes one config.
   *
   * @param <A> the config's type
   */
  @FunctionalInterface
  interface Of1<A> {
    /** Runs the command on its config and returns its result, or {@code null}. */
    @Nullable Object invoke(A a) throws Exception;
  }

  /**
   * The body of a command that takes two configs.
   *
   * @param <A> the first config's type
   * @param <B> the second config's type
   */
  @FunctionalInterface
  interface Of2<A, B> {
    /** Runs the command on its configs and returns its result, or {@code null}. */
    @Nullable Object invoke(A a, B b) throws Exception;
  }

  /**
   * The body of a command that takes three configs.
   *
   * @param <A> the first config's type
   * @param <B> the second config's type
   * @param <C> the third config's type
   */
  @FunctionalInterface
  interface Of3<A, B, C> {
    /** Runs the command on its configs and returns its result, or {@code null}. */
    @Nullable Object invoke(A a, B b, C c) throws Exception;
  }

  /**
   * The body of a command that takes four configs.
   *
   * @param <A> the first config's type
   * @param <B> the second config's type
   * @param <C> the third config's type
   * @param <D> the fourth config's type
   */
  @FunctionalInterface
  interface Of4<A, B, C, D> {
    /** Runs the command on its configs and returns its result, or {@code null}. */
    @Nullable Object invoke(A a, B b, C c, D d) throws Exception;
  }
}

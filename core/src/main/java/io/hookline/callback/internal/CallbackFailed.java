package io.hookline.callback.internal;

/**
 * A declared callback's own code failed while it was being built: its constructor, or the app's factory, threw.
 *
 * <p>Contract: the cause is what that code threw, an exception or an {@code Error} alike, and the failure is the
 * callback's, not the user's input: the run fires no event and exits 1. Only an {@link
 * io.hookline.InputException} thrown by that code stays bad input. Carries no stack trace of its own.
 */
public final class CallbackFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The callback named {@code name} failed with {@code cause}. */
  public CallbackFailed(String name, Throwable cause) {
    super("callback '" + name + "' failed to start: " + cause, cause, false, false);
  }
}

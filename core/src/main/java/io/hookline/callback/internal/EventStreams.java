package io.hookline.callback.internal;

import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * The app's error stream, known to a callback while one of its events is delivered, so that a callback of Hookline's
 * own (as {@link io.hookline.callback.Callback#logJobReturns()}) prints where the app prints: the stream set with
 * {@code App.output}, or the progress line's while a multirun shows one.
 *
 * <p>Contract: {@link #err()} is the stream of the event being delivered on this thread, or {@code System.err} outside
 * of one.
 */
public final class EventStreams {

  private static final ThreadLocal<@Nullable PrintStream> ERR = new ThreadLocal<>();

  private EventStreams() {}

  /** Returns the app's error stream during an event on this thread, or else {@code System.err}. */
  public static PrintStream err() {
    PrintStream err = ERR.get();
    return err != null ? err : System.err;
  }

  /**
   * Makes {@code err} the app's error stream on this thread, or none if {@code null}, and returns the one it replaces,
   * for the caller to put back once the event is delivered.
   */
  public static @Nullable PrintStream swap(@Nullable PrintStream err) {
    PrintStream before = ERR.get();
    if (err == null) {
      ERR.remove();
    } else {
      ERR.set(err);
    }
    return before;
  }
}

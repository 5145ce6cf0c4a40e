package io.hookline.internal;

import io.hookline.callback.Callback;
import java.io.PrintStream;

/**
 * Delivers callback events so that a failing callback disturbs nothing: an {@link Exception} becomes a one-line
 * warning on the error stream, and the other callbacks and the job go on. An {@link Error} is not caught.
 *
 * @param app the app's name, for the warning
 * @param err where warnings go
 */
record Notifier(String app, PrintStream err) {

  /** An event delivery that may throw. */
  interface Event {
    void deliver() throws Exception;
  }

  /** Delivers one event to one callback. */
  void event(Callback callback, String name, Event event) {
    try {
      event.deliver();
    } catch (Exception e) {
      Class<?> type = callback.getClass();
      String shown = type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
      err.println(app + ": warning: callback " + shown + "." + name + " raised "
          + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}

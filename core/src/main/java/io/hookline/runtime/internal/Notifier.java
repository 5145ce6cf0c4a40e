package io.hookline.runtime.internal;

import io.hookline.callback.internal.EventStreams;
import io.hookline.callback.internal.NamedCallback;
import java.io.PrintStream;

/**
 * Delivers callback events so that a failing callback disturbs nothing: whatever it throws, an {@link Error}
 * included, becomes a one-line warning on the error stream that names the callback, and the other callbacks and the
 * job go on. Nothing is rethrown: that would deny the end events to the callbacks already started.
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
  void event(NamedCallback callback, String name, Event event) {
    PrintStream before = EventStreams.swap(err);
    try {
      event.deliver();
    } catch (Throwable t) {
      try {
        err.println(app + ": warning: callback " + callback.shown() + " failed in " + name + ": "
            + t.getClass().getSimpleName() + ": " + t.getMessage());
      } catch (Throwable cannotWarn) {
        // out of memory or a broken stream: the warning is lost, the events still go on
      }
    } finally {
      EventStreams.swap(before);
    }
  }
}

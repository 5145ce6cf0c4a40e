package io.hookline.testkit;

import io.vavr.collection.Vector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An immutable log of events, used as the state of pipelines under test, so that a run's result shows what ran and
 * in which order.
 *
 * <p>Contract: immutable; {@link #with} returns a new trace and takes effectively constant time, so traces of
 * hundreds of thousands of events are cheap. Two traces are equal when they hold the same events in the same order.
 */
public final class Trace {

  private static final Trace EMPTY = new Trace(Vector.empty());

  private final Vector<String> events;

  private Trace(Vector<String> events) {
    this.events = events;
  }

  /** Returns the trace with no events. */
  public static Trace empty() {
    return EMPTY;
  }

  /** Returns the trace holding {@code events}, in order. */
  public static Trace of(String... events) {
    return new Trace(Vector.of(events));
  }

  /** Returns this trace followed by {@code event}. */
  public Trace with(String event) {
    return new Trace(events.append(event));
  }

  /** Returns the events in order, as an unmodifiable list. */
  public List<String> events() {
    return events.asJava();
  }

  /** Returns the number of events. */
  public int size() {
    return events.size();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Trace that && events.equals(that.events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return events.mkString("Trace[", ", ", "]");
  }
}

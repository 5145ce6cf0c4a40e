package io.hookline.runtime.internal;

import io.hookline.callback.internal.NamedCallback;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The callbacks of one run, multirun or job whose start event has fired and whose end event has not: what must still
 * end if the work inside never does.
 *
 * <p>Contract: {@link #start} and {@link #end} tell the event's around whether to fire; once the scope is
 * {@link #abandon abandoned}, every started callback has got its end event, with the abandoned outcome, last started
 * first, and any later start or end from the work inside is skipped, so that each start has exactly one end whoever
 * fires it. Open scopes are registered in this process until they {@link #close}, so that the shutdown hook can
 * {@link #abandonAll} of them when a job ignores Ctrl-C: jobs first, then runs and multiruns.
 *
 * @param <R> the outcome the end events take: a job's or a run's return, or a multirun's returns
 */
final class OpenEvents<R> {

  /** What a scope holds: a job, a single run (around one job), or a multirun (around many). */
  enum Level {
    JOB, RUN, MULTIRUN
  }

  private static final Set<OpenEvents<?>> OPEN = ConcurrentHashMap.newKeySet();

  private final Level level;
  private final BiConsumer<NamedCallback, R> end;
  private final Supplier<R> abandoned;
  private final Consumer<R> afterAbandon;
  private final Deque<NamedCallback> started = new ArrayDeque<>();
  private boolean over;

  private OpenEvents(Level level, BiConsumer<NamedCallback, R> end, Supplier<R> abandoned, Consumer<R> afterAbandon) {
    this.level = level;
    this.end = end;
    this.abandoned = abandoned;
    this.afterAbandon = afterAbandon;
  }

  /**
   * Opens a scope whose end events are {@code end}; if it is abandoned without an outcome, the outcome is
   * {@code abandoned}'s, and {@code afterAbandon} runs once the end events have fired.
   */
  static <R> OpenEvents<R> open(Level level, BiConsumer<NamedCallback, R> end, Supplier<R> abandoned,
      Consumer<R> afterAbandon) {
    OpenEvents<R> scope = new OpenEvents<>(level, end, abandoned, afterAbandon);
    OPEN.add(scope);
    return scope;
  }

  /** Returns whether {@code callback}'s start event may fire, and records that it has. */
  synchronized boolean start(NamedCallback callback) {
    if (over) {
      return false;
    }
    started.push(callback);
    return true;
  }

  /**
   * Returns whether {@code callback}'s end event may fire: it started, and the scope was not abandoned. The callback is
   * the very one that started, so it is found by identity: a record's own {@code equals} would be linked through
   * {@code ObjectMethods} on its first call, which costs a short run milliseconds of start-up.
   */
  synchronized boolean end(NamedCallback callback) {
    if (over) {
      return false;
    }
    for (Iterator<NamedCallback> open = started.iterator(); open.hasNext(); ) {
      if (open.next() == callback) {
        open.remove();
        return true;
      }
    }
    return false;
  }

  /** Returns whether the work inside is still running: the scope is neither closed nor abandoned. */
  synchronized boolean running() {
    return !over;
  }

  /** Closes the scope once the work inside has ended its events itself. */
  void close() {
    synchronized (this) {
      over = true;
    }
    OPEN.remove(this);
  }

  /** Ends every started callback's event with {@code outcome}, unless the scope is over already. */
  void abandon(R outcome) {
    List<NamedCallback> open;
    synchronized (this) {
      if (over) {
        return;
      }
      over = true;
      open = new ArrayList<>(started);
      started.clear();
    }
    OPEN.remove(this);
    open.forEach(callback -> end.accept(callback, outcome));
    afterAbandon.accept(outcome);
  }

  /**
   * Abandons every scope of {@code levels} still open in this process, with its abandoned outcome, jobs first, and
   * returns whether there was any.
   */
  static boolean abandonAll(Set<Level> levels) {
    List<OpenEvents<?>> open = new ArrayList<>(OPEN);
    open.removeIf(scope -> !levels.contains(scope.level));
    open.sort(Comparator.comparing(scope -> scope.level));
    open.forEach(OpenEvents::abandonWithDefault);
    return !open.isEmpty();
  }

  /** Returns whether any scope is open in this process. */
  static boolean anyOpen() {
    return !OPEN.isEmpty();
  }

  private void abandonWithDefault() {
    abandon(abandoned.get());
  }
}

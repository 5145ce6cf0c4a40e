package io.hookline.testkit;

import io.hookline.Configs;
import io.hookline.Invocation;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ready-made checks of the promises a hook or an around makes, to call from your own tests (jqwik properties over
 * generated states, or plain examples). Each check runs the step and throws an {@link AssertionError} that says what
 * was broken and with which input, or returns normally.
 *
 * <p>The checks: an around calls {@code next} exactly once ({@link #assertCallsNextOnce}), or at most once when it
 * may short-circuit ({@link #assertCallsNextAtMostOnce}); a hook gives the same result for the same input
 * ({@link #assertDeterministic}); a hook over an invocation leaves alone the configs it does not own
 * ({@link #assertLeavesOtherConfigsAlone}).
 */
public final class HookLaws {

  private HookLaws() {}

  /** Checks that {@code around}, run on {@code state}, calls {@code next} exactly once. */
  public static <S> void assertCallsNextOnce(Around<S> around, S state) {
    int calls = nextCalls(around, state);
    if (calls != 1) {
      throw new AssertionError("the around called next " + calls + " times, not once, for " + state);
    }
  }

  /** Checks that {@code around}, run on {@code state}, calls {@code next} once or not at all (a short-circuit). */
  public static <S> void assertCallsNextAtMostOnce(Around<S> around, S state) {
    int calls = nextCalls(around, state);
    if (calls > 1) {
      throw new AssertionError("the around called next " + calls + " times, more than once, for " + state);
    }
  }

  /** Returns how many times {@code around}, run on {@code state}, called {@code next} (which passes state through). */
  public static <S> int nextCalls(Around<S> around, S state) {
    AtomicInteger calls = new AtomicInteger();
    run(() -> around.invoke(state, s -> {
      calls.incrementAndGet();
      return s;
    }));
    return calls.get();
  }

  /** Checks that {@code hook} gives equal results when run twice on {@code state}. */
  public static <S> void assertDeterministic(Hook<S> hook, S state) {
    S first = run(() -> hook.invoke(state));
    S second = run(() -> hook.invoke(state));
    if (!Objects.equals(first, second)) {
      throw new AssertionError("the hook gave two different results for " + state + ": " + first + " and " + second);
    }
  }

  /**
   * Checks that {@code hook}, run on {@code invocation}, changes no config but those in {@code owned} (by id), and
   * adds or removes none.
   */
  public static void assertLeavesOtherConfigsAlone(Hook<Invocation> hook, Invocation invocation, String... owned) {
    Set<String> mine = Set.of(owned);
    Configs before = invocation.configs();
    Configs after = run(() -> hook.invoke(invocation)).configs();
    if (!after.ids().equals(before.ids())) {
      throw new AssertionError("the hook changed the configs from " + before.ids() + " to " + after.ids());
    }
    List<String> changed = before.ids().stream()
        .filter(id -> !mine.contains(id) && !Objects.equals(before.get(id), after.get(id)))
        .toList();
    if (!changed.isEmpty()) {
      throw new AssertionError("the hook changed configs it does not own: " + changed + " (it owns " + mine + ")");
    }
  }

  /** A step that may throw. */
  private interface Step<T> {
    T call() throws Exception;
  }

  private static <T> T run(Step<T> step) {
    try {
      return step.call();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError("the step threw " + e, e);
    }
  }
}

package io.hookline.pipeline;

import io.hookline.pipeline.internal.Plan;
import io.hookline.pipeline.internal.Step;
import io.hookline.pipeline.internal.StepTable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sequence of {@link Hook hooks} and {@link Around arounds} that turns a state into a new state.
 *
 * <p><b>Immutability.</b> A pipeline is a value. Every operation returns a new pipeline and leaves the one it was
 * called on as it was, so one pipeline can be shared freely, across threads too, and extended in several directions.
 * The steps live in a persistent structure: adding, forgetting and overriding a step take effectively constant time
 * whatever the pipeline's size, and the new value shares its storage with the old.
 *
 * <p><b>Order.</b> {@link #run} runs the hooks in the order they were added. An around wraps every step that came
 * before it, so {@code p.around(x)} runs x around the whole of p; the newest around is the outermost. With hooks a
 * and b and arounds x and y:
 *
 * <pre>{@code
 * empty().andThen(a).around(x).andThen(b).around(y).run(s)
 *   // y before, x before, a, x after, b, y after
 * }</pre>
 *
 * <p><b>Keys.</b> A step may carry a key, which names it for {@link #forget} and {@link #override}. Keys are unique
 * within a pipeline: adding a step under a key the pipeline already has is an error, because silently replacing or
 * shadowing a step is the mistake this rules out. {@link #override} is the way to replace one. Steps added without a
 * key run like any other but cannot be named later.
 *
 * <p><b>Laws.</b> Here {@code ≡} means "equal, and runs the same steps in the same order". Each law is checked by a
 * property test on generated pipelines:
 *
 * <ul>
 *   <li>identity: {@code empty().andThen(p) ≡ p ≡ p.andThen(empty())};
 *   <li>associativity: {@code a.andThen(b).andThen(c) ≡ a.andThen(b.andThen(c))};
 *   <li>wrapping: {@code p.around(x).around(y)} runs y's before, x's before, p, x's after, y's after;
 *   <li>forget: {@code p.andThen(k, h).forget(k) ≡ p} when p has no step k, and {@code p.forget(k) ≡ p} when it has
 *       none;
 *   <li>override: {@code p.override(k, h)} runs h where the step k was, and keeps every other step where it was.
 * </ul>
 *
 * <p><b>Failures.</b> Whatever a hook or an around throws, checked or not, reaches the caller of {@link #run}
 * unchanged: it is neither wrapped nor re-labelled. A step that returns {@code null} stops the run with a
 * {@link NullPointerException} that names it.
 *
 * <p><b>Stack use.</b> Hooks run in a loop, so any number of them run on any thread. Each level of nested arounds
 * takes a few stack frames; a pipeline whose arounds nest more than 512 deep runs on one helper thread with a stack
 * sized for it, while the caller waits. Its steps then see that thread, not the caller's, in thread-locals.
 *
 * <p><b>Equality.</b> Two pipelines are equal when they have the same steps, with the same keys, in the same
 * structure. Steps compare with their own {@code equals}: a lambda equals only itself.
 *
 * @param <S> the state that flows through the pipeline; never {@code null}
 */
public final class Pipeline<S> {

  private static final Pipeline<?> EMPTY = new Pipeline<>(StepTable.empty());

  private final StepTable<S> table;
  private @Nullable Plan<S> plan;

  private Pipeline(StepTable<S> table) {
    this.table = table;
  }

  /** Returns the pipeline with no steps, which returns its state unchanged. */
  @SuppressWarnings("unchecked")
  public static <S> Pipeline<S> empty() {
    return (Pipeline<S>) EMPTY;
  }

  /** Returns this pipeline followed by {@code hook}, which has no key. */
  public Pipeline<S> andThen(Hook<S> hook) {
    return with(table.append(new Step.OfHook<>(null, Objects.requireNonNull(hook, "hook"))));
  }

  /**
   * Returns this pipeline followed by {@code hook} under {@code key}.
   *
   * @throws IllegalArgumentException if the key is blank or this pipeline already has a step with that key
   */
  public Pipeline<S> andThen(String key, Hook<S> hook) {
    return with(table.append(new Step.OfHook<>(checked(key), Objects.requireNonNull(hook, "hook"))));
  }

  /**
   * Returns this pipeline followed by every step of {@code next}. The arounds of {@code next} keep wrapping only the
   * steps of {@code next} that they wrapped before.
   *
   * @throws IllegalArgumentException if the two pipelines have a key in common
   */
  public Pipeline<S> andThen(Pipeline<S> next) {
    return with(table.appendAll(next.table));
  }

  /** Returns this pipeline wrapped in {@code around}, which has no key. */
  public Pipeline<S> around(Around<S> around) {
    return with(table.append(new Step.OfAround<>(null, Objects.requireNonNull(around, "around"), 0)));
  }

  /**
   * Returns this pipeline wrapped in {@code around} under {@code key}.
   *
   * @throws IllegalArgumentException if the key is blank or this pipeline already has a step with that key
   */
  public Pipeline<S> around(String key, Around<S> around) {
    return with(table.append(new Step.OfAround<>(checked(key), Objects.requireNonNull(around, "around"), 0)));
  }

  /**
   * Returns this pipeline without the step under {@code key}, or this pipeline itself if it has none. Forgetting an
   * around removes only the around: the steps it wrapped stay, unwrapped.
   */
  public Pipeline<S> forget(String key) {
    return with(table.forget(key));
  }

  /**
   * Returns this pipeline with the hook under {@code key} replaced by {@code hook}, in the same place.
   *
   * @throws IllegalArgumentException if this pipeline has no step under {@code key}, or that step is an around
   */
  public Pipeline<S> override(String key, Hook<S> hook) {
    if (stepUnder(key) instanceof Step.OfAround<S>) {
      throw new IllegalArgumentException("step '" + key + "' is an around; override it with an Around");
    }
    return with(table.replace(new Step.OfHook<>(key, Objects.requireNonNull(hook, "hook"))));
  }

  /**
   * Returns this pipeline with the hook under {@code key} replaced by {@code hook} under {@code newKey}, in the same
   * place: an override that also renames the step, for a hook that does another job in the same place.
   *
   * @throws IllegalArgumentException if this pipeline has no step under {@code key}, that step is an around, or
   *     another step has {@code newKey}
   */
  public Pipeline<S> override(String key, String newKey, Hook<S> hook) {
    if (stepUnder(key) instanceof Step.OfAround<S>) {
      throw new IllegalArgumentException("step '" + key + "' is an around; override it with an Around");
    }
    return with(table.replace(key, new Step.OfHook<>(Objects.requireNonNull(newKey, "newKey"),
        Objects.requireNonNull(hook, "hook"))));
  }

  /**
   * Returns this pipeline with the around under {@code key} replaced by {@code around}, wrapping the same steps.
   *
   * @throws IllegalArgumentException if this pipeline has no step under {@code key}, or that step is a hook
   */
  public Pipeline<S> override(String key, Around<S> around) {
    if (!(stepUnder(key) instanceof Step.OfAround<S> old)) {
      throw new IllegalArgumentException("step '" + key + "' is a hook; override it with a Hook");
    }
    return with(table.replace(new Step.OfAround<>(key, Objects.requireNonNull(around, "around"), old.from())));
  }

  /** Returns whether this pipeline has a step under {@code key}. */
  public boolean contains(String key) {
    return table.contains(key);
  }

  /** Returns the keys of this pipeline's steps in the order the steps were added, as an unmodifiable list. */
  public List<String> keys() {
    return table.keys();
  }

  /** Returns the number of steps, hooks and arounds, keyed or not. */
  public int size() {
    return table.size();
  }

  /** Returns whether this pipeline has no steps. */
  public boolean isEmpty() {
    return table.size() == 0;
  }

  /**
   * Runs the steps on {@code state} and returns the final state.
   *
   * <p>Whatever a step throws, checked or not, is rethrown unchanged; Java callers that expect a checked exception
   * from their own hooks catch {@code Exception}.
   *
   * @throws NullPointerException if a step returns {@code null}; the message names the step
   */
  public S run(S state) {
    Objects.requireNonNull(state, "state");
    Plan<S> compiled = plan;
    if (compiled == null) {
      compiled = Plan.compile(table);
      plan = compiled;
    }
    return compiled.run(state);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Pipeline<?> that && table.canonical().equals(that.table.canonical());
  }

  @Override
  public int hashCode() {
    return table.canonical().hashCode();
  }

  /**
   * Shows the steps in order by key, with each around followed by the steps it wraps in braces, as in {@code
   * Pipeline[timer{load, validate}, save]}. Steps without a key show as {@code <hook>#n} or {@code <around>#n}, where n
   * is the step's position.
   */
  @Override
  public String toString() {
    return "Pipeline[" + Plan.compile(table) + "]";
  }

  private Pipeline<S> with(StepTable<S> next) {
    return next == table ? this : new Pipeline<>(next);
  }

  private Step<S> stepUnder(String key) {
    Step<S> step = table.find(key);
    if (step == null) {
      throw new IllegalArgumentException("no step '" + key + "' to override; the pipeline's keys are " + keys());
    }
    return step;
  }

  private static String checked(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("a step's key must not be blank");
    }
    return key;
  }
}

package io.hookline.pipeline.internal;

import io.hookline.pipeline.Hook;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pipeline compiled for running: its hooks in flat loops, nested only where arounds nest.
 *
 * <p>Contract: immutable and safe to share between threads. A plan is compiled once per pipeline value, on its first
 * run, so the cost of compiling (linear in the number of steps) is paid once, however often the pipeline runs.
 *
 * <p>Stack use grows with the nesting depth of arounds only, never with the number of hooks. A plan whose arounds
 * nest deeper than {@link #DEEPEST_ON_CALLER} runs on a helper thread whose stack is sized for its depth, and its
 * caller waits for it; see {@link DeepRunner}.
 *
 * @param <S> the state that flows through the pipeline
 */
public final class Plan<S> {

  /** The deepest nesting of arounds that runs on the caller's own thread. */
  public static final int DEEPEST_ON_CALLER = 512;

  private final Hook<S> root;
  private final int depth;

  private Plan(Hook<S> root, int depth) {
    this.root = root;
    this.depth = depth;
  }

  /** Compiles the live steps of {@code table} into a plan. */
  public static <S> Plan<S> compile(StepTable<S> table) {
    Deque<Part<S>> parts = new ArrayDeque<>();
    int slot = 0;
    int position = 0;
    for (Step<S> step : table.slots()) {
      if (step instanceof Step.OfHook<S> hook) {
        parts.push(new Part<>(slot, hook.hook(), name(hook.key(), "<hook>", position), 0));
        position++;
      } else if (step instanceof Step.OfAround<S> around) {
        List<Part<S>> wrapped = new ArrayList<>();
        while (!parts.isEmpty() && parts.peek().start >= around.from()) {
          wrapped.add(0, parts.pop());
        }
        int depth = 1 + deepest(wrapped);
        String name = name(around.key(), "<around>", position);
        parts.push(new Part<>(around.from(), new Wrapped<>(around.around(), chain(wrapped), name), name, depth));
        position++;
      }
      slot++;
    }
    List<Part<S>> all = new ArrayList<>(parts);
    Collections.reverse(all);
    return new Plan<>(chain(all), deepest(all));
  }

  /**
   * Runs the plan on {@code state}. Whatever a step throws, checked or not, reaches the caller unchanged.
   */
  public S run(S state) {
    try {
      return depth <= DEEPEST_ON_CALLER ? root.invoke(state) : DeepRunner.run(root, state, depth);
    } catch (Exception e) {
      throw Rethrow.unchecked(e);
    }
  }

  /** Shows the steps by key, arounds with the steps they wrap in braces. */
  @Override
  public String toString() {
    return root.toString();
  }

  static NullPointerException returnedNull(String name) {
    return new NullPointerException(name + " returned null; a hook or around must return a state");
  }

  private static <S> Hook<S> chain(List<Part<S>> parts) {
    if (parts.size() == 1 && parts.get(0).hook instanceof Wrapped<S> only) {
      return only;
    }
    @SuppressWarnings("unchecked")
    Hook<S>[] hooks = new Hook[parts.size()];
    String[] names = new String[parts.size()];
    for (int i = 0; i < hooks.length; i++) {
      hooks[i] = parts.get(i).hook;
      names[i] = parts.get(i).name;
    }
    return new Chain<>(hooks, names);
  }

  /** Returns the greatest depth of {@code parts}, 0 for none: a loop, since every pipeline is compiled at start. */
  private static <S> int deepest(List<Part<S>> parts) {
    int deepest = 0;
    for (Part<S> part : parts) {
      deepest = Math.max(deepest, part.depth());
    }
    return deepest;
  }

  private static String name(@Nullable String key, String unnamed, int position) {
    return key != null ? key : unnamed + "#" + position;
  }

  /** A compiled piece of the plan and the first slot it covers. */
  private record Part<S>(int start, Hook<S> hook, String name, int depth) {}
}

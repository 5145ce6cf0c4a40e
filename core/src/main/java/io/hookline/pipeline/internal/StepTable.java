package io.hookline.pipeline.internal;

import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The persistent storage behind a pipeline: steps in slots, in the order they were added, with an index from key to
 * slot.
 *
 * <p>Contract: immutable; every operation returns a new table and leaves this one as it was. Keys are unique.
 * Appending, forgetting and replacing a step by key take effectively constant time: forgetting leaves a
 * {@link Step.Forgotten} mark in the slot instead of shifting the slots after it, and the table compacts itself once
 * the marks outnumber the live steps, so the cost is constant when amortized.
 *
 * <p>An around step's range is a slot number, so it stays valid as long as slots do not move. Compaction and
 * concatenation move slots, and both rewrite every range to match.
 *
 * @param <S> the state that flows through the pipeline
 */
public final class StepTable<S> {

  private static final StepTable<?> EMPTY = new StepTable<>(Vector.empty(), HashMap.empty(), 0);
  private static final int MIN_MARKS_BEFORE_COMPACTION = 32;

  private final Vector<Step<S>> slots;
  private final HashMap<String, Integer> slotOfKey;
  private final int live;

  private StepTable(Vector<Step<S>> slots, HashMap<String, Integer> slotOfKey, int live) {
    this.slots = slots;
    this.slotOfKey = slotOfKey;
    this.live = live;
  }

  /** Returns the empty table. */
  @SuppressWarnings("unchecked")
  public static <S> StepTable<S> empty() {
    return (StepTable<S>) EMPTY;
  }

  /** Returns the number of live steps: hooks and arounds, not the marks of forgotten ones. */
  public int size() {
    return live;
  }

  /** Returns whether a live step has this key. */
  public boolean contains(String key) {
    return slotOfKey.containsKey(key);
  }

  /** Returns the live step with this key, or {@code null}. */
  public @Nullable Step<S> find(String key) {
    return slotOfKey.get(key).map(slots::get).getOrNull();
  }

  /** Returns the slots in order, marks of forgotten steps included. */
  public Iterable<Step<S>> slots() {
    return slots;
  }

  /** Returns the number of slots, marks of forgotten steps included. */
  public int slotCount() {
    return slots.size();
  }

  /**
   * Returns this table with {@code step} added after every existing slot.
   *
   * @throws IllegalArgumentException if the step's key is already in the table
   */
  public StepTable<S> append(Step<S> step) {
    String key = step.key();
    if (key == null) {
      return new StepTable<>(slots.append(step), slotOfKey, live + 1);
    }
    requireNew(key);
    return new StepTable<>(slots.append(step), slotOfKey.put(key, slots.size()), live + 1);
  }

  /**
   * Returns this table followed by every live step of {@code next}, with {@code next}'s ranges moved to match.
   *
   * @throws IllegalArgumentException if the two tables share a key
   */
  public StepTable<S> appendAll(StepTable<S> next) {
    if (next.live == 0) {
      return this;
    }
    if (live == 0) {
      return next;
    }
    StepTable<S> tail = next.compacted();
    int offset = slots.size();
    Vector<Step<S>> joined = slots;
    HashMap<String, Integer> index = slotOfKey;
    for (Step<S> step : tail.slots) {
      String key = step.key();
      if (key != null) {
        requireNew(key);
        index = index.put(key, joined.size());
      }
      joined = joined.append(step instanceof Step.OfAround<S> around ? around.shifted(offset) : step);
    }
    return new StepTable<>(joined, index, live + tail.live);
  }

  /** Returns this table without the step with {@code key}, or this table itself if there is none. */
  public StepTable<S> forget(String key) {
    Integer slot = slotOfKey.get(key).getOrNull();
    if (slot == null) {
      return this;
    }
    StepTable<S> forgotten = new StepTable<>(slots.update(slot, new Step.Forgotten<>()), slotOfKey.remove(key), live - 1);
    int marks = forgotten.slots.size() - forgotten.live;
    return marks > Math.max(MIN_MARKS_BEFORE_COMPACTION, forgotten.live) ? forgotten.compacted() : forgotten;
  }

  /**
   * Returns this table with the step that has {@code replacement}'s key replaced by {@code replacement}, in its slot.
   *
   * @throws IllegalArgumentException if no step has that key
   */
  public StepTable<S> replace(Step<S> replacement) {
    String key = Objects.requireNonNull(replacement.key(), "a replacement step needs a key");
    Integer slot = slotOfKey.get(key).getOrElseThrow(() -> noSuchKey(key));
    return new StepTable<>(slots.update(slot, replacement), slotOfKey, live);
  }

  /**
   * Returns this table with the step under {@code key} replaced by {@code replacement}, under the replacement's key,
   * in its slot.
   *
   * @throws IllegalArgumentException if no step has {@code key}, or another step has the replacement's key
   */
  public StepTable<S> replace(String key, Step<S> replacement) {
    String newKey = Objects.requireNonNull(replacement.key(), "a replacement step needs a key");
    if (newKey.equals(key)) {
      return replace(replacement);
    }
    Integer slot = slotOfKey.get(key).getOrElseThrow(() -> noSuchKey(key));
    requireNew(newKey);
    return new StepTable<>(slots.update(slot, replacement), slotOfKey.remove(key).put(newKey, slot), live);
  }

  /** Returns the keys of the live steps, in slot order, as an unmodifiable list. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(slotOfKey.size());
    for (Step<S> step : slots) {
      String key = step.key();
      if (key != null) {
        keys.add(key);
      }
    }
    return Collections.unmodifiableList(keys);
  }

  /**
   * Returns the live steps with each around's range counted in live steps: a form that does not depend on where
   * marks of forgotten steps happen to be. Two tables whose canonical forms are equal run the same steps in the same
   * structure.
   */
  public Vector<Step<S>> canonical() {
    return compacted().slots;
  }

  /** Returns this table without marks, every range rewritten to the new slot numbers. */
  private StepTable<S> compacted() {
    if (slots.size() == live) {
      return this;
    }
    int[] liveBefore = new int[slots.size() + 1];
    Vector<Step<S>> kept = Vector.empty();
    HashMap<String, Integer> index = HashMap.empty();
    for (int slot = 0; slot < slots.size(); slot++) {
      liveBefore[slot] = kept.size();
      Step<S> step = slots.get(slot);
      if (step instanceof Step.Forgotten<S>) {
        continue;
      }
      if (step instanceof Step.OfAround<S> around) {
        step = new Step.OfAround<>(around.key(), around.around(), liveBefore[around.from()]);
      }
      String key = step.key();
      if (key != null) {
        index = index.put(key, kept.size());
      }
      kept = kept.append(step);
    }
    return new StepTable<>(kept, index, live);
  }

  private void requireNew(String key) {
    if (slotOfKey.containsKey(key)) {
      throw new IllegalArgumentException(
          "step '" + key + "' is already in the pipeline; override it to replace it in place, or forget it first");
    }
  }

  private IllegalArgumentException noSuchKey(String key) {
    return new IllegalArgumentException("no step '" + key + "' in the pipeline; its keys are " + keys());
  }
}

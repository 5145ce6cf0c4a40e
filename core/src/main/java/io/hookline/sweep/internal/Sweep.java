package io.hookline.sweep.internal;

import io.hookline.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A multirun sweep: override arguments that may list several values, expanded into one list of plain overrides per
 * job.
 *
 * <p>The grammar of a swept value (anything after the first {@code =}):
 *
 * <ul>
 *   <li>{@code a=1,2,3}: each value separated by a comma at the top level, so commas inside quotes or brackets do
 *       not split ({@code x='a,b',c} is two jobs, {@code x=[1,2],[3,4]} two lists, {@code x=[1,2]} one);
 *   <li>{@code a=choice(x, y)}: the same, written as a function;
 *   <li>{@code a=range(stop)}, {@code a=range(start, stop)}, {@code a=range(start, stop, step)}: numbers from start
 *       up to (not including) stop, integers or decimals, the step possibly negative ({@code range(0, 1, 0.25)} is
 *       0, 0.25, 0.5, 0.75; {@code range(5, 0, -2)} is 5, 3, 1). Its numbers have at most 100 digits before the point
 *       and 100 after it, and it makes at most a million values;
 *   <li>{@code a=sort(3, 1, 2)}, {@code a=sort(range(3), reverse=true)}: the values in order, numbers by value and
 *       text alphabetically;
 *   <li>{@code a=shuffle(1, 2, 3, seed=7)}: the values in a seeded random order, the seed 0 unless given, so that a
 *       sweep is the same on every run;
 *   <li>{@code a=int(…)}, {@code float(…)}, {@code str(…)}, {@code bool(…)}: each value converted ({@code int(3.7)}
 *       is 3, {@code float(range(2))} is 0.0, 1.0, {@code str(1)} the text '1', {@code bool(0)} false).
 * </ul>
 *
 * <p>Functions nest, and their arguments may be sweeps: {@code shuffle(sort(b, a), seed=3)}. {@code interval(…)} and
 * {@code glob(…)} are refused here, for they are not lists of values (an app that composes expands {@code glob}
 * first). Any other name is refused with the closest functions: quote a value that only looks like a call
 * ({@code 'f(x)'}).
 *
 * <p>Paired sweeps: {@code lr=zip(0.1, 0.01) wd=zip(1e-4, 1e-5)} is two jobs, not four: the keys whose values are
 * zipped go together, the first value of each in the first job, and so on, so they need as many values each. They
 * count as one key in the product, at the place of the first. {@code zip(…, group=name)} names a group, so that
 * several pairings can be swept against each other.
 *
 * <p>Contract: jobs are the cartesian product of the keys' values, with keys in the order of their first appearance
 * and the last key varying fastest. An argument that is not a sweep is a key with one value. A key given twice keeps
 * its first position and its last values. The key part of an argument is kept as typed ({@code id::a}, {@code +a}),
 * so each job's overrides follow the override grammar. Immutable.
 */
public final class Sweep {

  private static final int MAX_JOBS = 1_000_000;

  /** The most keys a sweep may set. */
  private static final int MAX_KEYS = 1000;

  private final List<String> arguments;
  private final List<List<String>> jobs;

  private Sweep(List<String> arguments, List<List<String>> jobs) {
    this.arguments = List.copyOf(arguments);
    this.jobs = List.copyOf(jobs);
  }

  /**
   * Parses and expands {@code arguments}.
   *
   * @throws InputException if a swept value is malformed, or the sweep sets more than 1000 keys or would exceed a
   *     million jobs
   */
  public static Sweep of(List<String> arguments) {
    Map<String, SweepValues.Swept> keys = new LinkedHashMap<>();
    Set<String> bare = new HashSet<>(); // arguments without a value, such as ~key
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      if (equals < 0) {
        keys.remove(argument);
        keys.put(argument, new SweepValues.Swept(List.of(""), null));
        bare.add(argument);
        continue;
      }
      String key = argument.substring(0, equals);
      keys.put(key, SweepValues.of(argument, argument.substring(equals + 1)));
      bare.remove(key);
    }
    if (keys.size() > MAX_KEYS) {
      throw new InputException("the sweep sets " + keys.size() + " keys; a sweep sets at most " + MAX_KEYS);
    }
    Map<String, List<String>> axes = new LinkedHashMap<>(); // each axis's keys: a key alone, or a zip group
    keys.forEach((key, swept) -> axes.computeIfAbsent(swept.zip() == null ? "=" + key : "zip " + swept.zip(),
        axis -> new ArrayList<>()).add(key));
    long count = 1;
    List<Integer> sizes = new ArrayList<>();
    for (List<String> axis : axes.values()) {
      int size = keys.get(axis.get(0)).values().size();
      for (String key : axis) {
        if (keys.get(key).values().size() != size) {
          throw new InputException("sweep: zip pairs the values of " + axis.get(0) + " (" + size + ") with those of "
              + key + " (" + keys.get(key).values().size() + "); keys zipped together need as many values each");
        }
      }
      sizes.add(size);
      count *= size;
      if (count > MAX_JOBS) {
        throw new InputException("the sweep has more than " + MAX_JOBS + " jobs; sweep fewer values ("
            + swept(keys) + ")");
      }
    }
    return new Sweep(arguments, product(keys, bare, new ArrayList<>(axes.values()), sizes, (int) count));
  }

  /** Returns the arguments as given. */
  public List<String> arguments() {
    return arguments;
  }

  /** Returns each job's overrides, in job order. */
  public List<List<String>> jobs() {
    return jobs;
  }

  /** Returns the number of jobs. */
  public int size() {
    return jobs.size();
  }

  @Override
  public String toString() {
    return "Sweep" + arguments + " (" + jobs.size() + " jobs)";
  }

  /** Returns the swept keys with their numbers of values, the first few: {@code lr: 3, seed: 10, …}. */
  private static String swept(Map<String, SweepValues.Swept> keys) {
    List<String> swept = new ArrayList<>();
    keys.forEach((key, values) -> {
      if (values.values().size() > 1) {
        swept.add(key + ": " + values.values().size());
      }
    });
    return swept.size() <= 5 ? String.join(", ", swept) : String.join(", ", swept.subList(0, 5)) + ", …";
  }

  /**
   * Returns the cartesian product of the axes' values, the last axis varying fastest; a job lists its overrides in
   * the keys' order, a key without a value as typed.
   */
  private static List<List<String>> product(Map<String, SweepValues.Swept> keys, Set<String> bare,
      List<List<String>> axes, List<Integer> sizes, int count) {
    Map<String, Integer> axisOf = new LinkedHashMap<>();
    for (int axis = 0; axis < axes.size(); axis++) {
      for (String key : axes.get(axis)) {
        axisOf.put(key, axis);
      }
    }
    List<List<String>> jobs = new ArrayList<>(count);
    int[] digits = new int[axes.size()];
    for (int job = 0; job < count; job++) {
      List<String> overrides = new ArrayList<>(keys.size());
      keys.forEach((key, swept) -> {
        String value = swept.values().get(digits[axisOf.get(key)]);
        overrides.add(bare.contains(key) ? key : key + "=" + value);
      });
      jobs.add(List.copyOf(overrides));
      for (int axis = axes.size() - 1; axis >= 0 && ++digits[axis] == sizes.get(axis); axis--) {
        digits[axis] = 0;
      }
    }
    return jobs;
  }
}

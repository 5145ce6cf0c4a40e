package io.hookline.sweep;

import io.hookline.failure.InputException;
import io.hookline.sweep.internal.SweepValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      if (equals < 0) {
        values.remove(argument);
        values.put(argument, List.of(argument));
        continue;
      }
      String key = argument.substring(0, equals);
      List<String> options = new ArrayList<>();
      for (String value : SweepValues.of(argument, argument.substring(equals + 1))) {
        options.add(key + "=" + value);
      }
      values.put(key, options);
    }
    if (values.size() > MAX_KEYS) {
      throw new InputException("the sweep sets " + values.size() + " keys; a sweep sets at most " + MAX_KEYS);
    }
    long count = 1;
    for (List<String> options : values.values()) {
      count *= options.size();
      if (count > MAX_JOBS) {
        throw new InputException("the sweep has more than " + MAX_JOBS + " jobs; sweep fewer values ("
            + swept(values) + ")");
      }
    }
    return new Sweep(arguments, product(new ArrayList<>(values.values()), (int) count));
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
  private static String swept(Map<String, List<String>> values) {
    List<String> swept = new ArrayList<>();
    values.forEach((key, options) -> {
      if (options.size() > 1) {
        swept.add(key + ": " + options.size());
      }
    });
    return swept.size() <= 5 ? String.join(", ", swept) : String.join(", ", swept.subList(0, 5)) + ", …";
  }

  /** Returns the cartesian product of {@code keys}' values, the last key varying fastest. */
  private static List<List<String>> product(List<List<String>> keys, int count) {
    List<List<String>> jobs = new ArrayList<>(count);
    int[] digits = new int[keys.size()];
    for (int job = 0; job < count; job++) {
      List<String> overrides = new ArrayList<>(keys.size());
      for (int key = 0; key < keys.size(); key++) {
        overrides.add(keys.get(key).get(digits[key]));
      }
      jobs.add(List.copyOf(overrides));
      for (int key = keys.size() - 1; key >= 0 && ++digits[key] == keys.get(key).size(); key--) {
        digits[key] = 0;
      }
    }
    return jobs;
  }
}

package io.hookline.sweep;

import io.hookline.failure.InputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 *       and 100 after it, and it makes at most a million values.
 * </ul>
 *
 * <p>Contract: jobs are the cartesian product of the keys' values, with keys in the order of their first appearance
 * and the last key varying fastest. An argument that is not a sweep is a key with one value. A key given twice keeps
 * its first position and its last values. The key part of an argument is kept as typed ({@code id::a}, {@code +a}),
 * so each job's overrides follow the override grammar. Immutable.
 */
public final class Sweep {

  private static final Pattern FUNCTION = Pattern.compile("(range|choice)\\((.*)\\)", Pattern.DOTALL);
  private static final int MAX_JOBS = 1_000_000;

  /** The most keys a sweep may set. */
  private static final int MAX_KEYS = 1000;

  /** The most digits a range's number may have before the point, and after it. */
  private static final int MAX_DIGITS = 100;

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
      for (String value : values(argument, argument.substring(equals + 1))) {
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

  private static List<String> values(String argument, String text) {
    if (text.strip().startsWith("glob(")) {
      throw new InputException("sweep '" + argument + "': glob(…) chooses among a config group's options, in an app"
          + " that composes its configs");
    }
    Matcher function = FUNCTION.matcher(text.strip());
    if (function.matches()) {
      List<String> parameters = split(argument, function.group(2));
      return function.group(1).equals("range") ? range(argument, parameters) : parameters;
    }
    return split(argument, text);
  }

  /** Splits at commas outside quotes, brackets and braces; each part is trimmed. */
  private static List<String> split(String argument, String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '{' || c == '(') {
        depth++;
      } else if (c == ']' || c == '}' || c == ')') {
        depth--;
        if (depth < 0) {
          throw new InputException("sweep '" + argument + "': unbalanced '" + c + "'");
        }
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    if (quote != 0 || depth != 0) {
      throw new InputException("sweep '" + argument + "': " + (quote != 0 ? "unclosed quote" : "unclosed bracket"));
    }
    parts.add(text.substring(start).strip());
    if (parts.size() > 1 && parts.stream().anyMatch(String::isEmpty)) {
      throw new InputException("sweep '" + argument + "': an empty value between commas");
    }
    return parts;
  }

  private static List<String> range(String argument, List<String> parameters) {
    if (parameters.isEmpty() || parameters.size() > 3) {
      throw new InputException("sweep '" + argument + "': range takes (stop), (start, stop) or (start, stop, step)");
    }
    BigDecimal[] numbers = new BigDecimal[parameters.size()];
    for (int i = 0; i < numbers.length; i++) {
      try {
        numbers[i] = new BigDecimal(parameters.get(i));
      } catch (NumberFormatException e) {
        throw new InputException("sweep '" + argument + "': range needs numbers, got '" + parameters.get(i) + "'");
      }
      if (numbers[i].scale() > MAX_DIGITS || numbers[i].precision() - numbers[i].scale() > MAX_DIGITS) {
        throw new InputException("sweep '" + argument + "': range's numbers have at most " + MAX_DIGITS
            + " digits before and after the point, not '" + parameters.get(i) + "'");
      }
    }
    BigDecimal start = numbers.length == 1 ? BigDecimal.ZERO : numbers[0];
    BigDecimal stop = numbers.length == 1 ? numbers[0] : numbers[1];
    BigDecimal step = numbers.length == 3 ? numbers[2] : BigDecimal.ONE;
    if (step.signum() == 0) {
      throw new InputException("sweep '" + argument + "': range's step must not be 0");
    }
    boolean decimal = parameters.stream().anyMatch(p -> p.contains(".") || p.contains("e") || p.contains("E"));
    List<String> values = new ArrayList<>();
    for (BigDecimal value = start; step.signum() > 0 ? value.compareTo(stop) < 0 : value.compareTo(stop) > 0;
        value = value.add(step)) {
      if (values.size() >= MAX_JOBS) {
        throw new InputException("sweep '" + argument + "': range has more than " + MAX_JOBS + " values");
      }
      values.add(decimal ? decimalText(value) : value.toPlainString());
    }
    if (values.isEmpty()) {
      throw new InputException("sweep '" + argument + "': range is empty");
    }
    return values;
  }

  private static String decimalText(BigDecimal value) {
    String text = value.stripTrailingZeros().toPlainString();
    return text.contains(".") ? text : text + ".0";
  }
}

package io.hookline.sweep.internal;

import io.hookline.InputException;
import io.hookline.callback.JobReturn;
import io.hookline.sweep.Sweeper.Search;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The random sweeper's search: {@code trials} jobs, each drawing every swept key's value from its distribution, from
 * one seeded generator, as one batch.
 *
 * <p>The distributions: {@code uniform(a, b)} and {@code interval(a, b)} (a real number from a up to b),
 * {@code loguniform(a, b)} (the same on a log scale, bounds above 0), {@code randint(a, b)} (a whole number from a to
 * b, both included) and {@code normal(mu, sigma)}. Any other value is a list of values, as in the grid ({@code a,b},
 * {@code choice(…)}, {@code range(…)}, …), one of which each trial picks; a value with no list is fixed.
 *
 * <p>Contract: the arguments are read when the search starts, so that a malformed one fails there; the same
 * arguments, trials and seed give the same jobs, in the same order, on every launcher and every run.
 */
public final class RandomSearch implements Search {

  private static final Pattern DISTRIBUTION = Pattern.compile("(uniform|interval|loguniform|randint|normal)"
      + "\\((.*)\\)", Pattern.DOTALL);

  private final List<List<String>> jobs;
  private boolean proposed;

  /**
   * Starts the search of {@code arguments}: {@code trials} jobs drawn from a generator seeded with {@code seed}.
   *
   * @throws InputException if an argument is malformed
   */
  public RandomSearch(List<String> arguments, int trials, long seed) {
    Map<String, Function<Random, String>> keys = new LinkedHashMap<>();
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      if (equals < 0) {
        keys.remove(argument);
        keys.put(argument, random -> "");
        continue;
      }
      keys.put(argument.substring(0, equals), draw(argument, argument.substring(equals + 1).strip()));
    }
    Random random = new Random(seed);
    List<List<String>> drawn = new ArrayList<>(trials);
    for (int trial = 0; trial < trials; trial++) {
      List<String> job = new ArrayList<>(keys.size());
      keys.forEach((key, draw) -> {
        String value = draw.apply(random);
        job.add(arguments.contains(key) ? key : key + "=" + value);
      });
      drawn.add(List.copyOf(job));
    }
    this.jobs = List.copyOf(drawn);
  }

  @Override
  public List<List<String>> next() {
    if (proposed) {
      return List.of();
    }
    proposed = true;
    return jobs;
  }

  @Override
  public void tell(List<JobReturn> returns) {
    // a random search draws every trial up front
  }

  /** Returns how one trial draws the value of {@code argument}, whose value part is {@code text}. */
  private static Function<Random, String> draw(String argument, String text) {
    Matcher distribution = DISTRIBUTION.matcher(text);
    if (!distribution.matches()) {
      SweepValues.Swept swept = SweepValues.of(argument, text);
      if (swept.zip() != null) {
        throw new InputException("sweep '" + argument + "': zip(…) pairs keys in the grid; the random sweeper draws"
            + " each key alone");
      }
      List<String> values = swept.values();
      return values.size() == 1 ? random -> values.get(0) : random -> values.get(random.nextInt(values.size()));
    }
    String name = distribution.group(1);
    String[] bounds = distribution.group(2).split(",", -1);
    if (bounds.length != 2) {
      throw new InputException("sweep '" + argument + "': " + name + " takes two numbers, as in " + name + "(0, 1)");
    }
    double a = number(argument, bounds[0]);
    double b = number(argument, bounds[1]);
    return switch (name) {
      case "normal" -> {
        if (!(b > 0)) {
          throw new InputException("sweep '" + argument + "': normal's sigma is above 0, not " + bounds[1].strip());
        }
        yield random -> Double.toString(a + b * random.nextGaussian());
      }
      case "randint" -> {
        long low = whole(argument, bounds[0]);
        long high = whole(argument, bounds[1]);
        if (low > high || high - low >= Integer.MAX_VALUE) {
          throw new InputException("sweep '" + argument + "': randint(a, b) needs a ≤ b, at most 2^31 apart");
        }
        yield random -> Long.toString(low + random.nextInt((int) (high - low + 1)));
      }
      case "loguniform" -> {
        if (!(a > 0) || !(a < b)) {
          throw new InputException("sweep '" + argument + "': loguniform(a, b) needs 0 < a < b");
        }
        double logA = Math.log(a);
        double logB = Math.log(b);
        yield random -> Double.toString(Math.exp(logA + (logB - logA) * random.nextDouble()));
      }
      default -> {
        if (!(a < b)) {
          throw new InputException("sweep '" + argument + "': " + name + "(a, b) needs a < b");
        }
        yield random -> Double.toString(a + (b - a) * random.nextDouble());
      }
    };
  }

  private static double number(String argument, String text) {
    try {
      double value = new BigDecimal(text.strip()).doubleValue();
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException("sweep '" + argument + "': '" + text.strip() + "' is not a finite number");
  }

  private static long whole(String argument, String text) {
    try {
      return new BigDecimal(text.strip()).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InputException("sweep '" + argument + "': randint takes whole numbers, not '" + text.strip() + "'");
    }
  }
}

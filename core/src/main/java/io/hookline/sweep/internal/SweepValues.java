package io.hookline.sweep.internal;

import io.hookline.InputException;
import io.hookline.config.internal.Commas;
import io.hookline.config.internal.Suggestions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The values of one swept override: the text after its first {@code =}, read as comma-separated values or as a sweep
 * function, and evaluated into the list of values the key takes, in order.
 *
 * <p>The functions: {@code choice(a, b, …)} lists values; {@code range(…)} counts; {@code sort(…, reverse=true)} and
 * {@code shuffle(…, seed=n)} reorder; and the casts {@code int(…)}, {@code float(…)}, {@code str(…)} and
 * {@code bool(…)} convert each value. The arguments of sort, shuffle and the casts are values, or sweeps (a function,
 * or a comma list in brackets is a value, not a sweep): {@code sort(3,1,2)}, {@code float(range(3))},
 * {@code shuffle(sort(b,a), seed=7)}. Shuffling is seeded (0 unless given), so a sweep is the same on every run.
 * {@code zip(…)}, outermost, pairs a key's values with those of the other keys zipped in its group.
 * {@code interval(a, b)} is a range for sweepers that sample, and {@code glob(…)} chooses a config group's options in
 * an app that composes; neither is a list of values here.
 *
 * <p>Contract: returns at least one value; every error is an {@link InputException} naming the argument, an unknown
 * function with the closest names. Functions nest at most {@value #MAX_DEPTH} deep, and a list has at most
 * {@value #MAX_VALUES} values.
 */
public final class SweepValues {

  /** The sweep functions, for errors and help. */
  public static final List<String> FUNCTIONS = List.of("bool", "choice", "float", "glob", "int", "interval", "range",
      "shuffle", "sort", "str", "zip");

  /** The most values one swept key may take. */
  public static final int MAX_VALUES = 1_000_000;

  private static final int MAX_DEPTH = 16;
  private static final int MAX_DIGITS = 100;
  private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\((.*)\\)", Pattern.DOTALL);
  private static final Pattern KEYWORD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*=(.*)", Pattern.DOTALL);

  private final String argument;

  private SweepValues(String argument) {
    this.argument = argument;
  }

  /**
   * The values a swept key takes, and whether they are paired with other keys' values.
   *
   * @param values the values, in order
   * @param zip the name of the group of keys whose values go together ({@code ""} unless named), or {@code null} for
   *     a key swept on its own
   */
  public record Swept(List<String> values, @Nullable String zip) {}

  /**
   * Returns the values of {@code text}, the value part of {@code argument}: a {@code zip(…, group=name)} at the top
   * pairs them with the other keys of its group.
   *
   * @throws InputException if it is malformed, names an unknown function, or has too many values
   */
  public static Swept of(String argument, String text) {
    SweepValues reader = new SweepValues(argument);
    Matcher call = CALL.matcher(text.strip());
    if (call.matches() && call.group(1).equals("zip") && closesAtTheEnd(text.strip(), call.end(1))) {
      Arguments arguments = reader.arguments("zip(…)", call.group(2), Set.of("group"), 0);
      String group = arguments.keywords().getOrDefault("group", "");
      if (!group.matches("[A-Za-z0-9_-]*")) {
        throw reader.error("zip's group= is a name of letters, digits, '-' and '_', not '" + group + "'");
      }
      return new Swept(arguments.values(), group);
    }
    return new Swept(reader.values(text, 0), null);
  }

  /**
   * Returns whether {@code argument} sweeps its key: its value is a list of values or a call of a function (a sweep
   * function, or a sampler's distribution). A malformed value counts as sweeping; it is reported where it is read.
   */
  public static boolean sweeps(String argument) {
    int equals = argument.indexOf('=');
    if (equals < 0) {
      return false;
    }
    String text = argument.substring(equals + 1).strip();
    Matcher call = CALL.matcher(text);
    if (call.matches() && closesAtTheEnd(text, call.end(1))) {
      return true;
    }
    try {
      return new SweepValues(argument).split(text).size() > 1;
    } catch (InputException e) {
      return true;
    }
  }

  private List<String> values(String text, int depth) {
    String stripped = text.strip();
    Matcher call = CALL.matcher(stripped);
    if (!call.matches() || !closesAtTheEnd(stripped, call.end(1))) {
      List<String> parts = split(stripped);
      return parts.size() == 1 ? parts : arguments("a comma list", stripped, Set.of(), depth).values();
    }
    if (depth >= MAX_DEPTH) {
      throw error("functions nest more than " + MAX_DEPTH + " deep");
    }
    String name = call.group(1);
    String inside = call.group(2);
    return switch (name) {
      case "choice" -> arguments("choice(…)", inside, Set.of(), depth).values();
      case "range" -> range(split(inside));
      case "sort" -> sort(inside, depth);
      case "shuffle" -> shuffle(inside, depth);
      case "int", "float", "str", "bool" -> cast(name, arguments(name + "(…)", inside, Set.of(), depth).values());
      case "interval" -> throw error("interval(a, b) is a range for a sweeper that samples; the grid sweeps the values"
          + " it is given, such as choice(…) or range(…)");
      case "zip" -> throw error("zip(…) pairs this key's values with other keys', so it comes first, inside no other"
          + " function");
      case "glob" -> throw error("glob(…) chooses among a config group's options, in an app that composes its configs");
      default -> throw error("unknown function '" + name + "'" + Suggestions.didYouMean(name, FUNCTIONS)
          + " The functions are " + String.join(", ", FUNCTIONS) + "; quote text that looks like a call: \""
          + stripped + "\"");
    };
  }

  /** Returns whether the parenthesis opened at {@code open} closes at the end of {@code text}, and not before. */
  private static boolean closesAtTheEnd(String text, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && --depth == 0) {
        return i == text.length() - 1;
      }
    }
    return false;
  }

  /** The values of a function's arguments, each a value or a sweep, and its keyword arguments. */
  private record Arguments(List<String> values, Map<String, String> keywords) {}

  private Arguments arguments(String function, String inside, Set<String> keywords, int depth) {
    List<String> values = new ArrayList<>();
    Map<String, String> given = new LinkedHashMap<>();
    for (String part : split(inside)) {
      Matcher keyword = KEYWORD.matcher(part);
      if (keyword.matches() && !part.startsWith("'") && !part.startsWith("\"")) {
        if (!keywords.contains(keyword.group(1))) {
          throw error(function + " takes " + (keywords.isEmpty() ? "no keyword arguments"
              : "the keyword " + String.join(", ", keywords) + "=") + ", not " + keyword.group(1) + "=");
        }
        given.put(keyword.group(1), keyword.group(2).strip());
      } else {
        values.addAll(values(part, depth + 1));
        if (values.size() > MAX_VALUES) {
          throw error(function + " has more than " + MAX_VALUES + " values");
        }
      }
    }
    if (values.isEmpty()) {
      throw error(function + " needs at least one value");
    }
    return new Arguments(values, given);
  }

  private List<String> sort(String inside, int depth) {
    Arguments arguments = arguments("sort(…)", inside, Set.of("reverse"), depth);
    boolean reverse = bool(arguments.keywords().getOrDefault("reverse", "false"), "sort's reverse=");
    List<String> sorted = new ArrayList<>(arguments.values());
    boolean numbers = sorted.stream().allMatch(value -> number(value) != null);
    Comparator<String> order = numbers ? Comparator.comparing(SweepValues::number) : Comparator.comparing(
        SweepValues::unquoted);
    sorted.sort(reverse ? order.reversed() : order);
    return sorted;
  }

  private List<String> shuffle(String inside, int depth) {
    Arguments arguments = arguments("shuffle(…)", inside, Set.of("seed"), depth);
    String seed = arguments.keywords().getOrDefault("seed", "0");
    BigDecimal number = number(seed);
    long value;
    try {
      value = Objects.requireNonNull(number).longValueExact();
    } catch (NullPointerException | ArithmeticException notALong) {
      throw error("shuffle's seed= is a whole number of at most 19 digits, not '" + seed + "'");
    }
    List<String> shuffled = new ArrayList<>(arguments.values());
    Collections.shuffle(shuffled, new Random(value));
    return shuffled;
  }

  private List<String> cast(String to, List<String> values) {
    List<String> cast = new ArrayList<>(values.size());
    for (String value : values) {
      String plain = unquoted(value);
      BigDecimal number = plain.equalsIgnoreCase("true") ? BigDecimal.ONE
          : plain.equalsIgnoreCase("false") ? BigDecimal.ZERO : number(plain);
      cast.add(switch (to) {
        case "int" -> {
          if (number == null) {
            throw error("int(…) cannot make a whole number of '" + value + "'");
          }
          yield number.setScale(0, RoundingMode.DOWN).toPlainString();
        }
        case "float" -> {
          if (number == null) {
            throw error("float(…) cannot make a number of '" + value + "'");
          }
          yield decimal(number);
        }
        case "bool" -> Boolean.toString(bool(plain, "bool(…)"));
        default -> "'" + plain.replace("'", "''") + "'";
      });
    }
    return cast;
  }

  private boolean bool(String text, String where) {
    String plain = unquoted(text);
    if (plain.equalsIgnoreCase("true") || plain.equalsIgnoreCase("false")) {
      return plain.equalsIgnoreCase("true");
    }
    BigDecimal number = number(plain);
    if (number == null) {
      throw error(where + " takes true, false or a number, not '" + text + "'");
    }
    return number.signum() != 0;
  }

  /** Returns {@code value} without the quotes around it, if it has them. */
  private static String unquoted(String value) {
    if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
        || value.startsWith("\"") && value.endsWith("\""))) {
      String inner = value.substring(1, value.length() - 1);
      return value.charAt(0) == '\'' ? inner.replace("''", "'") : inner;
    }
    return value;
  }

  /** Returns {@code value} as a number of at most {@value #MAX_DIGITS} digits each side of the point, or null. */
  private static BigDecimal number(String value) {
    String plain = value.strip().replace("_", "");
    if (plain.isEmpty() || plain.length() > 4 * MAX_DIGITS || !plain.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(plain);
      return number.scale() > MAX_DIGITS || number.precision() - number.scale() > MAX_DIGITS ? null : number;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Splits at commas outside quotes, brackets and braces; each part is trimmed. */
  private List<String> split(String text) {
    List<String> parts;
    try {
      parts = Commas.split(text);
    } catch (IllegalArgumentException e) {
      throw error(String.valueOf(e.getMessage()));
    }
    if (parts.size() > MAX_VALUES + 1) {
      throw error("more than " + MAX_VALUES + " values");
    }
    if (parts.size() > 1 && parts.stream().anyMatch(String::isEmpty)) {
      throw error("an empty value between commas");
    }
    return parts;
  }

  private List<String> range(List<String> parameters) {
    if (parameters.isEmpty() || parameters.size() > 3) {
      throw error("range takes (stop), (start, stop) or (start, stop, step)");
    }
    BigDecimal[] numbers = new BigDecimal[parameters.size()];
    for (int i = 0; i < numbers.length; i++) {
      try {
        numbers[i] = new BigDecimal(parameters.get(i));
      } catch (NumberFormatException e) {
        throw error("range needs numbers, got '" + parameters.get(i) + "'");
      }
      if (numbers[i].scale() > MAX_DIGITS || numbers[i].precision() - numbers[i].scale() > MAX_DIGITS) {
        throw error("range's numbers have at most " + MAX_DIGITS + " digits before and after the point, not '"
            + parameters.get(i) + "'");
      }
    }
    BigDecimal start = numbers.length == 1 ? BigDecimal.ZERO : numbers[0];
    BigDecimal stop = numbers.length == 1 ? numbers[0] : numbers[1];
    BigDecimal step = numbers.length == 3 ? numbers[2] : BigDecimal.ONE;
    if (step.signum() == 0) {
      throw error("range's step must not be 0");
    }
    boolean decimal = parameters.stream().anyMatch(p -> p.contains(".") || p.contains("e") || p.contains("E"));
    List<String> values = new ArrayList<>();
    for (BigDecimal value = start; step.signum() > 0 ? value.compareTo(stop) < 0 : value.compareTo(stop) > 0;
        value = value.add(step)) {
      if (values.size() >= MAX_VALUES) {
        throw error("range has more than " + MAX_VALUES + " values");
      }
      values.add(decimal ? decimal(value) : value.toPlainString());
    }
    if (values.isEmpty()) {
      throw error("range is empty");
    }
    return values;
  }

  private static String decimal(BigDecimal value) {
    String text = value.stripTrailingZeros().toPlainString();
    return text.contains(".") ? text : text + ".0";
  }

  private InputException error(String what) {
    return new InputException("sweep '" + argument + "': " + what);
  }
}

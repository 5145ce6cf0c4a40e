package io.hookline.config.internal;

import io.hookline.InputException;
import io.hookline.config.internal.Targets.Node;
import io.hookline.config.internal.Targets.Site;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A way chosen to build a {@code _target_} node, and where each of its parameters' values comes from: the node's
 * {@code _args_} by position, its other keys by name, and, for {@code _partial_: true}, the partial's arguments.
 *
 * <p>Contract: {@link #choose} takes the first way that fits: every positional value has a parameter, every name is a
 * parameter after them, and the parameters left over are those without a default, exactly as many as the partial
 * takes (none if it is not partial). When none fits, the message says why for the class's own creator (an unknown key
 * with the closest name, a required key left out), or else lists what the node gave.
 */
final class Call {

  private final Way way;
  private final int[] fromArgs;
  private final @Nullable String[] fromNames;
  private final List<Integer> open;
  private final @Nullable Object[] values;

  private Call(Way way, int[] fromArgs, @Nullable String[] fromNames, List<Integer> open, @Nullable Object[] values) {
    this.way = way;
    this.fromArgs = fromArgs;
    this.fromNames = fromNames;
    this.open = open;
    this.values = values;
  }

  /**
   * Returns the parameters' values of the first of {@code ways} that takes what {@code node} gives, leaving
   * {@code open} parameters open, and converts them: the ways whose parameters have the given values' own types first,
   * then the rest, in order, until one converts.
   *
   * @throws InputException if no way fits, or none converts: what the first that fits reported
   */
  static Call choose(List<Way> ways, Node node, int open, Site site, Targets targets) {
    List<Call> fitting = new ArrayList<>();
    for (Way way : ways) {
      Call call = fit(way, node, open);
      if (call != null) {
        fitting.add(call);
      }
    }
    if (fitting.isEmpty()) {
      throw unfit(ways, node, open, site);
    }
    fitting.sort(java.util.Comparator.comparingInt(call -> -call.exact(node)));
    InputException first = null;
    for (Call call : fitting) {
      try {
        return new Call(call.way, call.fromArgs, call.fromNames, call.open, call.convert(node, site, targets));
      } catch (InputException e) {
        first = first == null ? e : first;
      }
    }
    throw Objects.requireNonNull(first);
  }

  private static InputException unfit(List<Way> ways, Node node, int open, Site site) {
    Way first = ways.get(0);
    if (first.creator() != null) {
      List<String> names = first.creator().names();
      for (String key : node.named().keySet()) {
        if (!names.contains(key)) {
          return site.error(key, "unknown key '" + key + "'" + Suggestions.didYouMean(key, names) + "; "
              + node.name() + " takes " + names);
        }
      }
    }
    StringJoiner given = new StringJoiner(", ", "(", ")");
    node.args().forEach(arg -> given.add(Binder.show(arg)));
    node.named().keySet().forEach(key -> given.add(key + "=…"));
    return site.error(Targets.TARGET, node.name() + " has no public " + (first.creates() != null ? "constructor"
        : "static method") + " that takes " + given + (open == 0 ? "" : " and leaves " + open + " open for"
        + " _partial_") + (!node.named().isEmpty() && ways.stream().allMatch(way -> way.names().contains(null))
            ? "; its parameters' names are not kept: compile it with -parameters, or give the values in order with"
                + " _args_ " + ways.stream().map(way -> way.types().stream().map(ConstructorBinding::name).toList()
                    .toString().replace('[', '(').replace(']', ')')).distinct().collect(Collectors.joining(" or "))
            : "; a parameter is named only where the class keeps its names (a record, Kotlin, -parameters)"));
  }

  /** Returns how many of the values {@code node} gives are of their parameter's type already. */
  private int exact(Node node) {
    List<Type> types = way.types();
    int exact = 0;
    for (int i = 0; i < fromArgs.length; i++) {
      exact += ConstructorBinding.box(ConstructorBinding.raw(types.get(i))).isInstance(node.args().get(i)) ? 1 : 0;
    }
    for (int i = 0; i < fromNames.length; i++) {
      exact += fromNames[i] != null && ConstructorBinding.box(ConstructorBinding.raw(types.get(i)))
          .isInstance(node.named().get(fromNames[i])) ? 1 : 0;
    }
    return exact;
  }

  private static @Nullable Call fit(Way way, Node node, int open) {
    List<@Nullable String> names = way.names();
    int size = names.size();
    if (node.args().size() > size) {
      return null;
    }
    int[] fromArgs = new int[node.args().size()];
    for (int i = 0; i < fromArgs.length; i++) {
      fromArgs[i] = i;
    }
    @Nullable String[] fromNames = new String[size];
    for (String key : node.named().keySet()) {
      int at = names.indexOf(key);
      if (at < fromArgs.length) {
        return null; // not a parameter, or one given by position already
      }
      fromNames[at] = key;
    }
    List<Integer> left = new ArrayList<>();
    for (int i = fromArgs.length; i < size; i++) {
      if (fromNames[i] == null && way.required(i)) {
        left.add(i);
      }
    }
    if (open == 0 && way.creator() != null) {
      left.clear(); // the creator knows which of them another constructor supplies, and reports the rest
    }
    return left.size() == open ? new Call(way, fromArgs, fromNames, List.copyOf(left), new Object[0])
        : null;
  }

  /** Returns the parameters' values converted to their declared types, nested targets built; open ones null. */
  private @Nullable Object[] convert(Node node, Site site, Targets targets) {
    List<Type> types = way.types();
    @Nullable Object[] values = new Object[types.size()];
    for (int i = 0; i < fromArgs.length; i++) {
      List<String> path = site.at("_args_");
      path.add(Integer.toString(i));
      values[i] = ConstructorBinding.convert(targets.nested(node.args().get(i), types.get(i), path, site),
          types.get(i), path, site.subject(), site.origins(), way.refusesNull(i), false, targets);
    }
    for (int i = 0; i < values.length; i++) {
      String name = fromNames[i];
      if (name != null) {
        List<String> path = site.at(name);
        values[i] = ConstructorBinding.convert(targets.nested(node.named().get(name), types.get(i), path, site),
            types.get(i), path, site.subject(), site.origins(), way.refusesNull(i), false, targets);
      }
    }
    return values;
  }

  /** Returns the number of parameters a partial's arguments fill. */
  int open() {
    return open.size();
  }

  /**
   * Builds the value from the converted values, {@code rest} filling the open parameters in order.
   *
   * @throws InputException if the target's code threw, for a value that is not a callback's
   * @throws ConstructorBinding.ConstructorFailed if it threw, for a callback
   */
  Object invoke(@Nullable Object[] rest, Node node, boolean callback) {
    Site site = node.site();
    @Nullable Object[] all = values.clone();
    boolean[] given = new boolean[all.length];
    for (int i = 0; i < fromArgs.length; i++) {
      given[i] = true;
    }
    for (int i = 0; i < all.length; i++) {
      given[i] |= fromNames[i] != null;
    }
    List<Type> types = way.types();
    for (int i = 0; i < open.size(); i++) {
      int at = open.get(i);
      all[at] = ConstructorBinding.convert(rest[i], types.get(at), site.at(String.valueOf(way.names().get(at))),
          site.subject(), site.origins(), way.refusesNull(at), false, null);
      given[at] = true;
    }
    try {
      Object built = way.invoke(all, given);
      if (built == null) {
        throw required(given, node);
      }
      return built;
    } catch (ReflectiveOperationException e) {
      throw failed(Targets.cause(e), site, callback);
    }
  }

  /** Reports the first parameter without a value that no other constructor supplies. */
  private InputException required(boolean[] given, Node node) {
    List<@Nullable String> names = way.names();
    for (int i = 0; i < given.length; i++) {
      if (!given[i] && way.required(i)) {
        return node.site().error(names.get(i), "key '" + names.get(i) + "' is required and has no value ("
            + ConstructorBinding.name(way.types().get(i)) + "); add " + names.get(i) + ": VALUE beside its _target_");
      }
    }
    throw new IllegalStateException(node.name() + " was not built, yet every parameter was given");
  }

  /** Returns what to throw when the target's own code threw {@code cause}. */
  static RuntimeException failed(Throwable cause, Site site, boolean callback) {
    if (cause instanceof Error error && !callback) {
      throw error;
    }
    if (callback) {
      return new ConstructorBinding.ConstructorFailed(cause);
    }
    if (cause instanceof InputException input) {
      return input;
    }
    return site.refused(TreeReader.firstLine(cause));
  }
}

package io.hookline.compose.internal;

import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.config.internal.Commas;
import io.hookline.config.internal.Scalars;
import io.hookline.config.internal.Suggestions;
import io.hookline.config.internal.Tree;
import io.hookline.config.internal.TreeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the interpolations of a composed config: {@code ${a.b}} (a key from the root), {@code ${.x}} and
 * {@code ${..x}} (from the map that holds the value, and up), {@code ${env:VAR}} and {@code ${env:VAR,default}} (an
 * environment variable; {@code ${oc.env:VAR}}, OmegaConf's spelling, is the same), {@code ${hookline:job.num}} and the
 * other runtime values, and OmegaConf's and Hydra's resolvers: {@code ${now:FORMAT}} (see {@link Clock}),
 * {@code ${oc.select:key,default}}, {@code ${oc.decode:text}}, {@code ${oc.create:{a: 1}}}, {@code ${oc.dict.keys:key}}
 * and {@code ${oc.dict.values:key}}; and the app's own ({@link Resolvers}), called with their arguments split and read
 * as values. {@code \${} is a literal {@code ${}.
 *
 * <p>Contract: a value that is one interpolation and nothing else becomes the value it names, whatever its type; an
 * interpolation within a longer text is replaced by its value's text, and must name a single value. Interpolations in
 * the values named are resolved in turn; a cycle, a key that is not there, an unset variable without a default or an
 * unknown resolver is a {@link CompositionException} naming the file and line of the value that refers to it.
 * Resolution is pure: it returns a new tree and changes nothing.
 */
public final class Interpolation {

  private final Map<String, @Nullable Object> root;
  private final Map<String, String> origins;
  private final @Nullable Function<String, @Nullable String> environment;
  private final Map<String, @Nullable Object> runtime;
  private final SearchPath search;
  private final List<String> resolving = new ArrayList<>();

  private Interpolation(Map<String, @Nullable Object> root, Map<String, String> origins,
      @Nullable Function<String, @Nullable String> environment, Map<String, @Nullable Object> runtime,
      SearchPath search) {
    this.root = root;
    this.origins = origins;
    this.environment = environment;
    this.runtime = runtime;
    this.search = search;
  }

  /**
   * Returns the node at {@code path} of {@code root}, its interpolations resolved against the whole tree.
   *
   * @param environment the environment variables
   * @param runtime the runtime values, by their dotted names ({@code job.num}), for {@code ${hookline:…}}; a
   *     {@link Supplier} among them is asked for its value when an interpolation names it
   * @param search the search path, whose resolvers of the app's own the interpolations may call
   * @throws CompositionException if an interpolation cannot be resolved
   */
  public static @Nullable Object resolve(Map<String, @Nullable Object> root, List<String> path,
      Map<String, String> origins, Function<String, @Nullable String> environment,
      Map<String, @Nullable Object> runtime, SearchPath search) {
    return new Interpolation(root, origins, environment, runtime, search).node(Tree.get(root, path), path);
  }

  /**
   * Returns the node at {@code path} of {@code root} resolved as {@link #resolve} does, but with its environment
   * references kept as they are written: what a saved config holds, so that it never records a variable's value.
   */
  public static @Nullable Object resolveKeepingEnvironment(Map<String, @Nullable Object> root, List<String> path,
      Map<String, String> origins, Map<String, @Nullable Object> runtime, SearchPath search) {
    return new Interpolation(root, origins, null, runtime, search).node(Tree.get(root, path), path);
  }

  /**
   * Returns the value of {@code text}, a resolver's call such as {@code ${oc.decode:x}} written in a defaults list at
   * {@code origin}, with the resolvers of {@code search} and no config to refer to.
   *
   * @throws CompositionException if it cannot be resolved, naming {@code origin}
   */
  static @Nullable Object inDefaults(String text, String origin, SearchPath search) {
    return new Interpolation(Map.of(), Map.of("defaults", origin), System::getenv, Map.of(), search)
        .text(text, List.of("defaults"));
  }

  private @Nullable Object node(@Nullable Object node, List<String> path) {
    if (node instanceof String text && text.contains("${")) {
      return text(text, path);
    }
    if (node instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> resolved = new LinkedHashMap<>();
      map.forEach((key, value) -> resolved.put((String) key, node(value, Tree.child(path, (String) key))));
      return resolved;
    }
    if (node instanceof List<?> list) {
      List<@Nullable Object> resolved = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        resolved.add(node(list.get(i), Tree.child(path, Integer.toString(i))));
      }
      return resolved;
    }
    return node;
  }

  private @Nullable Object text(String text, List<String> path) {
    String where = Tree.show(path);
    if (resolving.contains(where)) {
      List<String> cycle = new ArrayList<>(resolving.subList(resolving.indexOf(where), resolving.size()));
      cycle.add(where);
      throw fail(path, "'" + text + "' refers to itself: " + String.join(" -> ", cycle));
    }
    resolving.add(where);
    try {
      return expand(text, path);
    } finally {
      resolving.remove(resolving.size() - 1);
    }
  }

  /** Returns {@code text}, at {@code path}, with its interpolations replaced; one interpolation alone keeps its type. */
  private @Nullable Object expand(String text, List<String> path) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < text.length()) {
      if (text.startsWith("\\${", at)) {
        out.append("${");
        at += 3;
        continue;
      }
      if (!text.startsWith("${", at)) {
        out.append(text.charAt(at++));
        continue;
      }
      int end = closing(text, at + 2);
      if (end < 0) {
        throw fail(path, "'" + text + "' has an unclosed '${'");
      }
      Object value = reference(text.substring(at + 2, end).strip(), text, path);
      if (at == 0 && end == text.length() - 1) {
        return value;
      }
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        throw fail(path, "'" + text + "': '${" + text.substring(at + 2, end) + "}' is a "
            + (value instanceof Map<?, ?> ? "map" : "list") + ", which has no place inside a text");
      }
      out.append(value);
      at = end + 1;
    }
    return out.toString();
  }

  /** Returns where the {@code ${} whose inside starts at {@code from} closes, braces within it paired; -1 if never. */
  private static int closing(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth-- == 0) {
        return i;
      }
    }
    return -1;
  }

  private @Nullable Object reference(String inside, String text, List<String> path) {
    int colon = inside.indexOf(':');
    if (colon >= 0) {
      String resolver = inside.substring(0, colon);
      String argument = inside.substring(colon + 1).strip();
      return switch (resolver) {
        case "env", "oc.env" -> env(argument, text, path); // oc.env: OmegaConf's spelling, which Hydra users type
        case "hookline" -> {
          if (!runtime.containsKey(argument)) {
            throw fail(path, "'" + text + "': no runtime value '" + argument + "'"
                + Suggestions.didYouMean(argument, runtime.keySet()) + "; the runtime values are "
                + List.copyOf(runtime.keySet()));
          }
          Object value = runtime.get(argument);
          yield value instanceof Supplier<?> lazy ? lazy.get() : value; // a value made only when a config asks
        }
        case "hydra" -> throw fail(path, "'" + text + "': Hydra's resolver is 'hookline' here: ${hookline:"
            + argument + "}");
        case "now" -> now(argument, text, path);
        case "oc.select" -> select(argument, text, path);
        case "oc.decode" -> node(decoded(argument, text, path), path);
        case "oc.create" -> {
          Object created = decoded(argument, text, path);
          if (!(created instanceof Map<?, ?> || created instanceof List<?>)) {
            throw fail(path, "'" + text + "': oc.create makes a map or a list, as in ${oc.create:{a: 1}}");
          }
          yield node(created, path);
        }
        case "oc.dict.keys", "oc.dict.values" -> dict(resolver.endsWith("keys"), argument, text, path);
        default -> own(resolver, argument, text, path);
      };
    }
    List<String> target = target(inside, text, path);
    if (!Tree.has(root, target)) {
      List<String> keys = Tree.keys(root, 9);
      throw fail(path, "'" + text + "': the composed config has no key '" + Tree.show(target) + "'"
          + Suggestions.didYouMean(Tree.show(target), keys));
    }
    return node(Tree.get(root, target), target);
  }

  /** Returns the absolute path {@code inside} names, from the value at {@code path}. */
  private List<String> target(String inside, String text, List<String> path) {
    if (!inside.startsWith(".")) {
      return checked(Tree.split(inside), text, path);
    }
    int dots = 0;
    while (dots < inside.length() && inside.charAt(dots) == '.') {
      dots++;
    }
    List<String> base = path.subList(0, Math.max(0, path.size() - dots));
    if (dots > path.size()) {
      throw fail(path, "'" + text + "' climbs above the root");
    }
    List<String> target = new ArrayList<>(base);
    if (dots < inside.length()) {
      target.addAll(checked(Tree.split(inside.substring(dots)), text, path));
    }
    return target;
  }

  private List<String> checked(List<String> keys, String text, List<String> path) {
    if (keys.stream().anyMatch(String::isEmpty)) {
      throw fail(path, "'" + text + "' names no key; write ${a.b}, ${.sibling} or ${env:NAME}");
    }
    return keys;
  }

  private String now(String format, String text, List<String> path) {
    try {
      return Clock.now(format.isEmpty() ? "%Y-%m-%d_%H-%M-%S" : format);
    } catch (IllegalArgumentException e) {
      throw fail(path, "'" + text + "': " + e.getMessage());
    }
  }

  /** {@code ${oc.select:key,default}}: the value at {@code key}, or the default (null if none) when it is not there. */
  private @Nullable Object select(String argument, String text, List<String> path) {
    int comma = argument.indexOf(',');
    String key = (comma < 0 ? argument : argument.substring(0, comma)).strip();
    List<String> target = target(key, text, path);
    if (Tree.has(root, target)) {
      return node(Tree.get(root, target), target);
    }
    return comma < 0 ? null : decoded(argument.substring(comma + 1).strip(), text, path);
  }

  /** The value {@code text} stands for, as a value on the command line: a number, a boolean, a flow list or map. */
  private @Nullable Object decoded(String argument, String text, List<String> path) {
    try {
      return Scalars.parse(argument, "'" + text + "'");
    } catch (RuntimeException e) {
      throw fail(path, "'" + text + "': " + e.getMessage());
    }
  }

  /** {@code ${oc.dict.keys:key}} and {@code ${oc.dict.values:key}}: the keys, or the values, of the map at key. */
  private List<@Nullable Object> dict(boolean keys, String argument, String text, List<String> path) {
    List<String> target = target(argument, text, path);
    if (!(Tree.get(root, target) instanceof Map<?, ?> map)) {
      throw fail(path, "'" + text + "': '" + Tree.show(target) + "' is not a map of the composed config");
    }
    List<@Nullable Object> out = new ArrayList<>();
    map.forEach((key, value) -> out.add(keys ? key : node(value, Tree.child(target, (String) key))));
    return out;
  }

  /** {@code ${name:a,b}}: a resolver of the app's own, given its arguments, each resolved and read as a value. */
  private @Nullable Object own(String name, String argument, String text, List<String> path) {
    Resolvers resolvers = search.resolvers();
    Resolvers.Cached resolver = resolvers.find(name);
    if (resolver == null) {
      List<String> all = resolvers.all();
      throw fail(path, "'" + text + "': unknown resolver '" + name + "'" + Suggestions.didYouMean(name, all)
          + "; the resolvers are " + all);
    }
    List<@Nullable Object> arguments = new ArrayList<>();
    List<String> parts;
    try {
      parts = argument.isBlank() ? List.of() : Commas.split(argument);
    } catch (IllegalArgumentException e) {
      throw fail(path, "'" + text + "': the arguments of resolver '" + name + "' have an " + e.getMessage());
    }
    for (String part : parts) {
      arguments.add(part.contains("${") ? expand(part, path) : decoded(part, text, path));
    }
    try {
      return resolver.resolve(arguments);
    } catch (CompositionException e) {
      throw e;
    } catch (Exception e) {
      throw fail(path, "'" + text + "': resolver '" + name + "' failed: "
          + TreeReader.firstLine(e));
    }
  }

  private String env(String argument, String text, List<String> path) {
    if (environment == null) {
      return "${env:" + argument + "}";
    }
    int comma = argument.indexOf(',');
    String name = (comma < 0 ? argument : argument.substring(0, comma)).strip();
    String value = environment.apply(name);
    if (value != null) {
      return value;
    }
    if (comma < 0) {
      throw fail(path, "'" + text + "': the environment variable " + name + " is not set; give a default, as in"
          + " ${env:" + name + ",default}");
    }
    return argument.substring(comma + 1).strip();
  }

  private CompositionException fail(List<String> path, String message) {
    String origin = null;
    for (int end = path.size(); end >= 0 && origin == null; end--) {
      origin = origins.get(Tree.show(path.subList(0, end)));
    }
    return new CompositionException(Code.INTERPOLATION, (origin != null ? origin : "the composed config") + ": "
        + Tree.show(path) + ": " + message);
  }
}

package io.hookline.config.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Operations on config trees: the plain form every config takes between its sources and its type. A tree node is a
 * {@code Map<String, Object>} (keys in order), a {@code List<Object>}, a {@code String}, a {@code Number}, a
 * {@code Boolean} or {@code null}.
 *
 * <p>Contract: trees are values. No operation here changes its argument; each returns a new tree that shares the
 * untouched branches.
 */
public final class Tree {

  /** Marks a path that leads to no node, as distinct from one that leads to a {@code null}. */
  private static final Object ABSENT = new Object();

  private Tree() {}

  /** Returns {@code base} with {@code top} merged over it: maps merge key by key, anything else is replaced. */
  public static @Nullable Object merge(@Nullable Object base, @Nullable Object top) {
    if (!(base instanceof Map<?, ?> baseMap) || !(top instanceof Map<?, ?> topMap)) {
      return top;
    }
    Map<String, @Nullable Object> merged = new LinkedHashMap<>(asMap(baseMap));
    asMap(topMap).forEach((key, value) -> merged.put(key, merge(merged.get(key), value)));
    return merged;
  }

  /** Returns the node at {@code path} under {@code root}, or {@code null} if there is none. */
  public static @Nullable Object get(@Nullable Object root, List<String> path) {
    Object node = walk(root, path);
    return node == ABSENT ? null : node;
  }

  /** Returns whether {@code path} leads to a node (possibly a {@code null} one) under {@code root}. */
  public static boolean has(@Nullable Object root, List<String> path) {
    return walk(root, path) != ABSENT;
  }

  /** Returns {@code root} with {@code value} at {@code path}, creating the maps on the way that are missing. */
  public static Object set(@Nullable Object root, List<String> path, @Nullable Object value) {
    if (path.isEmpty()) {
      return value;
    }
    String key = path.get(0);
    List<String> rest = path.subList(1, path.size());
    if (root instanceof List<?> list && isIndex(key, list.size())) {
      List<@Nullable Object> copy = new ArrayList<>(list);
      int index = Integer.parseInt(key);
      copy.set(index, set(copy.get(index), rest, value));
      return copy;
    }
    Map<String, @Nullable Object> copy = root instanceof Map<?, ?> map ? new LinkedHashMap<>(asMap(map)) : new LinkedHashMap<>();
    copy.put(key, set(copy.get(key), rest, value));
    return copy;
  }

  /** Returns {@code root} without the node at {@code path}; the same tree if there is none. */
  public static @Nullable Object remove(@Nullable Object root, List<String> path) {
    if (path.isEmpty() || !has(root, path)) {
      return root;
    }
    String key = path.get(0);
    List<String> rest = path.subList(1, path.size());
    if (root instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list);
      int index = Integer.parseInt(key);
      if (rest.isEmpty()) {
        copy.remove(index);
      } else {
        copy.set(index, remove(copy.get(index), rest));
      }
      return copy;
    }
    Map<String, @Nullable Object> copy = new LinkedHashMap<>(asMap((Map<?, ?>) root));
    if (rest.isEmpty()) {
      copy.remove(key);
    } else {
      copy.put(key, remove(copy.get(key), rest));
    }
    return copy;
  }

  /**
   * Returns the dotted paths of the map keys in {@code tree}, parents before children, down to {@code depth} levels:
   * the known keys that suggestions are drawn from.
   */
  public static List<String> keys(@Nullable Object tree, int depth) {
    List<String> keys = new ArrayList<>();
    collect(tree, "", keys, depth);
    return keys;
  }

  private static void collect(@Nullable Object node, String prefix, List<String> keys, int depth) {
    if (depth <= 0 || !(node instanceof Map<?, ?> map)) {
      return;
    }
    map.forEach((key, child) -> {
      keys.add(prefix + key);
      collect(child, prefix + key + ".", keys, depth - 1);
    });
  }

  /** Returns {@code path} with {@code key} below it, as a new list. */
  public static List<String> child(List<String> path, String key) {
    List<String> child = new ArrayList<>(path);
    child.add(key);
    return child;
  }

  /** Returns whether a map anywhere in {@code tree} has the key {@code key}. */
  public static boolean mentions(@Nullable Object tree, String key) {
    if (tree instanceof Map<?, ?> map) {
      return map.containsKey(key) || map.values().stream().anyMatch(value -> mentions(value, key));
    }
    return tree instanceof List<?> list && list.stream().anyMatch(value -> mentions(value, key));
  }

  /** Returns the dotted path of {@code path}: {@code [a, b, 0]} becomes {@code a.b.0}. */
  public static String show(List<String> path) {
    return String.join(".", path);
  }

  /** Splits a dotted path into its keys. */
  public static List<String> split(String dotted) {
    return List.of(dotted.split("\\.", -1));
  }

  /** Returns the node at {@code path}, or {@link #ABSENT} if the path leads nowhere. */
  private static @Nullable Object walk(@Nullable Object root, List<String> path) {
    Object node = root;
    for (String key : path) {
      if (node instanceof Map<?, ?> map && map.containsKey(key)) {
        node = map.get(key);
      } else if (node instanceof List<?> list && isIndex(key, list.size())) {
        node = list.get(Integer.parseInt(key));
      } else {
        return ABSENT;
      }
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> asMap(Map<?, ?> map) {
    return (Map<String, @Nullable Object>) map;
  }

  private static boolean isIndex(String key, int size) {
    if (key.isEmpty() || key.length() > 9 || !key.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return Integer.parseInt(key) < size;
  }
}

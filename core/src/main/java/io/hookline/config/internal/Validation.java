package io.hookline.config.internal;

import io.hookline.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a config tree's keys against its {@link Schema} before binding, so that a mistyped key is reported with its
 * origin and suggestions, the same way whether it came from a file or from the command line.
 */
final class Validation {

  private Validation() {}

  /**
   * Checks every key of {@code tree} against {@code schema}.
   *
   * @throws InputException naming the first unknown key, where it came from, and the closest known keys
   */
  public static void checkKeys(@Nullable Object tree, Schema schema, String id, Map<String, String> origins) {
    check(tree, schema, new ArrayList<>(), id, origins);
  }

  private static void check(@Nullable Object node, Schema schema, List<String> path, String id,
      Map<String, String> origins) {
    if (node instanceof Map<?, ?> map && map.containsKey(Targets.TARGET) && Targets.names(node)) {
      return; // what a _target_ builds checks its own keys when it is built
    }
    if (node instanceof Map<?, ?> map) {
      if (schema instanceof Schema.Fields fields) {
        for (Object key : map.keySet()) {
          if (!fields.fields().containsKey((String) key)) {
            path.add((String) key);
            throw new InputException("config '" + id + "': unknown key '" + Tree.show(path) + "'"
                + Binder.origin(path, origins)
                + Suggestions.didYouMean((String) key, fields.fields().keySet()));
          }
        }
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Schema child = schema.child((String) entry.getKey());
        if (child != null) {
          path.add((String) entry.getKey());
          check(entry.getValue(), child, path, id, origins);
          path.remove(path.size() - 1);
        }
      }
    } else if (node instanceof List<?> list) {
      Schema child = schema.child("0");
      for (int i = 0; child != null && i < list.size(); i++) {
        path.add(Integer.toString(i));
        check(list.get(i), child, path, id, origins);
        path.remove(path.size() - 1);
      }
    }
  }
}

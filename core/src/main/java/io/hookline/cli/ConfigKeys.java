package io.hookline.cli;

import io.hookline.config.ConfigSpec;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.ConfigLoader;
import io.hookline.config.internal.Schema;
import io.hookline.config.internal.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The keys of a config as help and completion show them: each leaf key, with its type and default.
 *
 * @param id the config's id
 * @param path the dotted key path within the config; {@code *} for the free keys of a map
 * @param type the key's type as shown
 * @param defaultValue the default, as shown
 */
record ConfigKeys(String id, String path, String type, String defaultValue) {

  /** Returns the keys of {@code spec}, nested records flattened into dotted paths. */
  static List<ConfigKeys> of(ConfigSpec<?> spec) {
    List<ConfigKeys> keys = new ArrayList<>();
    Schema schema = Binder.schema(spec.type());
    Object defaults = ConfigLoader.defaults(spec).tree();
    if (schema instanceof Schema.Fields fields) {
      collect(spec.id(), fields, defaults, new ArrayList<>(), keys);
    } else {
      keys.add(new ConfigKeys(spec.id(), "*", "any key", show(defaults)));
    }
    return keys;
  }

  /** Returns the key as an override names it: {@code id::path}. */
  String qualified() {
    return id + "::" + path;
  }

  private static void collect(String id, Schema.Fields fields, @Nullable Object defaults, List<String> path,
      List<ConfigKeys> keys) {
    fields.fields().forEach((name, child) -> {
      path.add(name);
      Object value = Tree.get(defaults, List.of(name));
      if (child instanceof Schema.Fields nested) {
        collect(id, nested, value, path, keys);
      } else {
        String type = child instanceof Schema.Scalar scalar && !scalar.choices().isEmpty()
            ? scalar.typeName() + " " + scalar.choices()
            : child.typeName();
        keys.add(new ConfigKeys(id, Tree.show(path), type, show(value)));
      }
      path.remove(path.size() - 1);
    });
  }

  private static String show(@Nullable Object value) {
    if (value == null) {
      return "(none)";
    }
    if (value instanceof Map<?, ?> map && map.isEmpty()) {
      return "{}";
    }
    String shown = String.valueOf(value);
    return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
  }
}

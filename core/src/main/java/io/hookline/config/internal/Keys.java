package io.hookline.config.internal;

import io.hookline.ConfigSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Lists the keys of a config from its schema and defaults; see {@link ConfigSpec#keys()}. */
public final class Keys {

  private Keys() {}

  /** Returns the leaf keys of {@code spec}, nested records flattened into dotted paths. */
  public static List<ConfigSpec.Key> of(ConfigSpec<?> spec) {
    List<ConfigSpec.Key> keys = new ArrayList<>();
    Schema schema = Binder.schema(spec.type());
    Object defaults = ConfigLoader.defaults(spec).tree();
    if (schema instanceof Schema.Fields fields) {
      collect(spec.id(), fields, defaults, new ArrayList<>(), keys);
    } else {
      keys.add(new ConfigSpec.Key(spec.id(), "*", "any key", List.of(), show(defaults)));
    }
    return List.copyOf(keys);
  }

  private static void collect(String id, Schema.Fields fields, @Nullable Object defaults, List<String> path,
      List<ConfigSpec.Key> keys) {
    fields.fields().forEach((name, child) -> {
      path.add(name);
      Object value = Tree.get(defaults, List.of(name));
      if (child instanceof Schema.Fields nested) {
        collect(id, nested, value, path, keys);
      } else {
        List<String> choices = child instanceof Schema.Scalar scalar ? scalar.choices() : List.of();
        String shown = value == null && fields.required().contains(name) ? "(required)" : show(value);
        keys.add(new ConfigSpec.Key(id, Tree.show(path), child.typeName(), choices, shown));
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

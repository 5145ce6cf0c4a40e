package io.hookline;

import io.hookline.config.internal.Targets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The configs of one command, in declaration order (global configs first, then the command's own), each with its
 * current value.
 *
 * <p>Contract: immutable; {@link #with} returns new configs. Ids are unique. Before the config stage a config's value
 * is its defaults, which may be {@code null}; after it, the loaded value; after the post-config stage, the value with
 * the command-line overrides applied.
 */
public final class Configs {

  private static final Configs EMPTY = new Configs(List.of(), List.of(), new Object[0]);

  // The declarations and ids never change from one version to the next, so every version shares them; only the
  // values are copied. A command has a handful of configs, so a look-up scans the ids.
  private final List<ConfigSpec<?>> specs;
  private final List<String> ids;
  private final @Nullable Object[] values;

  private Configs(List<ConfigSpec<?>> specs, List<String> ids, @Nullable Object[] values) {
    this.specs = specs;
    this.ids = ids;
    this.values = values;
  }

  /** Returns no configs. */
  public static Configs empty() {
    return EMPTY;
  }

  /**
   * Returns the given configs, in order, each holding its defaults.
   *
   * @throws IllegalArgumentException if two configs have the same id
   */
  public static Configs of(List<? extends ConfigSpec<?>> specs) {
    List<String> ids = new ArrayList<>(specs.size());
    @Nullable Object[] values = new Object[specs.size()];
    for (ConfigSpec<?> spec : specs) {
      if (ids.contains(spec.id())) {
        throw new IllegalArgumentException("config id '" + spec.id() + "' is declared twice; give one of them "
            + "another id, or forget the inherited one (forgetConfig(\"" + spec.id() + "\"))");
      }
      values[ids.size()] = spec.defaults();
      ids.add(spec.id());
    }
    return new Configs(List.copyOf(specs), List.copyOf(ids), values);
  }

  /**
   * Returns the object {@code node} describes, as Hydra's {@code instantiate} does: {@code _target_} names a class or
   * a static factory method ({@code com.example.Optimizers.adam}), the node's other keys are its parameters by name
   * and {@code _args_} its parameters by position, each converted to the parameter's declared type; a nested
   * {@code _target_} node is built first, unless {@code _recursive_: false}; and {@code _partial_: true} gives
   * {@code expected}, a functional interface, whose arguments fill the parameters the node leaves out. A config's
   * field of a declared class or interface is built the same way when its node has a {@code _target_}. The guide's
   * chapter on composed configs says it all, with Hydra's spellings.
   *
   * @throws InputException if the node does not describe a {@code expected}, naming the key and the class; the target
   *     is refused before any of its code runs unless it makes a {@code expected}
   */
  public static <T> T instantiate(Map<String, ?> node, Class<T> expected) {
    return Targets.ANY.instantiate(Objects.requireNonNull(node, "node"), Objects.requireNonNull(expected, "expected"),
        "instantiate", Map.of());
  }

  /** Returns the ids, in order. */
  public List<String> ids() {
    return ids;
  }

  /** Returns the declarations, in order. */
  public List<ConfigSpec<?>> specs() {
    return specs;
  }

  /** Returns the values, in order; a config without a value yet shows as {@code null}. */
  public List<@Nullable Object> values() {
    return Collections.unmodifiableList(Arrays.asList(values.clone()));
  }

  /** Returns the number of configs. */
  public int size() {
    return specs.size();
  }

  /** Returns whether a config has this id. */
  public boolean contains(String id) {
    return ids.contains(id);
  }

  /**
   * Returns the declaration of the config with this id.
   *
   * @throws IllegalArgumentException if there is none
   */
  public ConfigSpec<?> spec(String id) {
    return specs.get(index(id));
  }

  /**
   * Returns the value of the config with this id, or {@code null} if it has none yet.
   *
   * @throws IllegalArgumentException if there is no config with this id
   */
  public @Nullable Object get(String id) {
    return values[index(id)];
  }

  /**
   * Returns the value of the config with this id, as {@code type}.
   *
   * @throws IllegalArgumentException if there is no such config, it has no value yet, or its value is not a
   *     {@code type}
   */
  public <T> T get(String id, Class<T> type) {
    Object value = get(id);
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("config '" + id + "' holds "
          + (value == null ? "no value" : "a " + value.getClass().getSimpleName()) + ", not a " + type.getSimpleName());
    }
    return type.cast(value);
  }

  /**
   * Returns the value of the one config declared with {@code type}.
   *
   * @throws IllegalArgumentException if no config, or more than one, is declared with that type
   */
  public <T> T get(Class<T> type) {
    List<String> matching = new ArrayList<>();
    for (ConfigSpec<?> spec : specs) {
      if (type.isAssignableFrom(spec.type())) {
        matching.add(spec.id());
      }
    }
    if (matching.size() != 1) {
      throw new IllegalArgumentException((matching.isEmpty() ? "no config is" : "configs " + matching + " are")
          + " of type " + type.getSimpleName() + "; ask for one by id");
    }
    return get(matching.get(0), type);
  }

  /**
   * Returns these configs with {@code value} as the value of the config {@code id}.
   *
   * @throws IllegalArgumentException if there is no config with this id, or the value is not of its type
   */
  public Configs with(String id, Object value) {
    int index = index(id);
    Objects.requireNonNull(value, "value");
    Class<?> type = specs.get(index).type();
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("config '" + id + "' is a " + type.getSimpleName()
          + "; it cannot hold a " + value.getClass().getSimpleName());
    }
    @Nullable Object[] changed = values.clone();
    changed[index] = value;
    return new Configs(specs, ids, changed);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Configs that && specs.equals(that.specs) && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * specs.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringJoiner shown = new StringJoiner(", ", "Configs[", "]");
    for (int i = 0; i < ids.size(); i++) {
      shown.add(ids.get(i) + "=" + values[i]);
    }
    return shown.toString();
  }

  private int index(String id) {
    int index = ids.indexOf(id);
    if (index < 0) {
      throw new IllegalArgumentException("no config '" + id + "'; the configs are " + ids);
    }
    return index;
  }
}

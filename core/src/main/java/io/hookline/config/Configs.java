package io.hookline.config;

import io.vavr.collection.LinkedHashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

  private static final Configs EMPTY = new Configs(LinkedHashMap.empty());

  private final LinkedHashMap<String, Entry> entries;

  private Configs(LinkedHashMap<String, Entry> entries) {
    this.entries = entries;
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
    LinkedHashMap<String, Entry> entries = LinkedHashMap.empty();
    for (ConfigSpec<?> spec : specs) {
      if (entries.containsKey(spec.id())) {
        throw new IllegalArgumentException("config id '" + spec.id() + "' is declared twice; give one of them "
            + "another id, or forget the global one for this command");
      }
      entries = entries.put(spec.id(), new Entry(spec, spec.defaults()));
    }
    return new Configs(entries);
  }

  /** Returns the ids, in order. */
  public List<String> ids() {
    return entries.keySet().toJavaList();
  }

  /** Returns the declarations, in order. */
  public List<ConfigSpec<?>> specs() {
    List<ConfigSpec<?>> specs = new ArrayList<>(entries.size());
    entries.values().forEach(entry -> specs.add(entry.spec));
    return Collections.unmodifiableList(specs);
  }

  /** Returns the values, in order; a config without a value yet shows as {@code null}. */
  public List<@Nullable Object> values() {
    List<@Nullable Object> values = new ArrayList<>(entries.size());
    entries.values().forEach(entry -> values.add(entry.value));
    return Collections.unmodifiableList(values);
  }

  /** Returns the number of configs. */
  public int size() {
    return entries.size();
  }

  /** Returns whether a config has this id. */
  public boolean contains(String id) {
    return entries.containsKey(id);
  }

  /**
   * Returns the declaration of the config with this id.
   *
   * @throws IllegalArgumentException if there is none
   */
  public ConfigSpec<?> spec(String id) {
    return entry(id).spec;
  }

  /**
   * Returns the value of the config with this id, or {@code null} if it has none yet.
   *
   * @throws IllegalArgumentException if there is no config with this id
   */
  public @Nullable Object get(String id) {
    return entry(id).value;
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
    entries.forEach((id, entry) -> {
      if (type.isAssignableFrom(entry.spec.type())) {
        matching.add(id);
      }
    });
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
    Entry old = entry(id);
    Objects.requireNonNull(value, "value");
    if (!old.spec.type().isInstance(value)) {
      throw new IllegalArgumentException("config '" + id + "' is a " + old.spec.type().getSimpleName()
          + "; it cannot hold a " + value.getClass().getSimpleName());
    }
    return new Configs(entries.put(id, new Entry(old.spec, value)));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Configs that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    StringJoiner shown = new StringJoiner(", ", "Configs[", "]");
    entries.forEach((id, entry) -> shown.add(id + "=" + entry.value));
    return shown.toString();
  }

  private Entry entry(String id) {
    return entries.get(id).getOrElseThrow(() -> new IllegalArgumentException(
        "no config '" + id + "'; the configs are " + ids()));
  }

  /** A declaration and its current value. */
  private record Entry(ConfigSpec<?> spec, @Nullable Object value) {}
}

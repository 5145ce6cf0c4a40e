package io.hookline;

import java.util.Objects;

/**
 * A typed key under which hooks pass data to later hooks through the {@link Invocation}.
 *
 * <p>Contract: immutable. Two attributes are the same key only if they are the same object, so two libraries that
 * both pick the name "timer" never see each other's values. Keep an attribute in a constant and share the constant.
 *
 * @param <T> the type of the value stored under this key
 */
public final class Attribute<T> {

  private final String name;
  private final Class<T> type;

  private Attribute(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  /** Returns a new key; {@code name} is for messages and {@code toString}, {@code type} checks stored values. */
  public static <T> Attribute<T> of(String name, Class<T> type) {
    return new Attribute<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(type, "type"));
  }

  /** Returns the name given at creation. */
  public String name() {
    return name;
  }

  /** Returns the type of the values stored under this key. */
  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return name + ": " + type.getSimpleName();
  }
}

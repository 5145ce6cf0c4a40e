package io.hookline.callback.internal;

import io.hookline.callback.Callback;
import java.util.Objects;

/**
 * A callback and the name it was registered or declared under, which warnings about it show.
 *
 * @param name the name
 * @param callback the callback
 */
public record NamedCallback(String name, Callback callback) {

  /** Checks the fields. */
  public NamedCallback {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(callback, "callback");
  }

  /** Returns how warnings name the callback: its name and, where it has one, its class's simple name. */
  public String shown() {
    Class<?> type = callback.getClass();
    String simple = type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
    return "'" + name + "' (" + simple + ")";
  }
}

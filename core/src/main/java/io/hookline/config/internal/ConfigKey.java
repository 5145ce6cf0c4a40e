package io.hookline.config.internal;

import java.util.List;

/**
 * One key a config has, as help, completion and tests see it: a leaf of the config's type, with nested records
 * flattened into a dotted path.
 *
 * @param id the config's id
 * @param path the dotted key path within the config; {@code *} for the free keys of a map config
 * @param type the key's type as shown: {@code int}, {@code String}, {@code List<String>}, an enum's name, …
 * @param choices an enum's constants, in order; empty for any other type
 * @param defaultValue the default, as shown; {@code (required)} for a key that has none and must be given, {@code (none)}
 *     for one that has none and may be left out
 */
public record ConfigKey(String id, String path, String type, List<String> choices, String defaultValue) {

  /** Copies the choices. */
  public ConfigKey {
    choices = List.copyOf(choices);
  }

  /** Returns the key as an override names it for this config only: {@code id::path}. */
  public String qualified() {
    return id + "::" + path;
  }

  /** Returns whether this stands for the free keys of a map config rather than one key. */
  public boolean isFree() {
    return path.equals("*");
  }
}

package io.hookline.config.internal;

import io.hookline.ConfigSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of the environment variables a config reads, one for each of its keys: the prefix, then the key's parts
 * in upper case joined by {@code _}, a camelCase part split where its case changes and a {@code -} made a {@code _}:
 * with the prefix {@code TRAINER_}, {@code lr} is {@code TRAINER_LR}, {@code optim.lr} is {@code TRAINER_OPTIM_LR},
 * and {@code warmupSteps} is {@code TRAINER_WARMUP_STEPS}.
 *
 * <p>Contract: two keys of one config that would read one variable are refused when the config is declared.
 */
public final class EnvironmentNames {

  private EnvironmentNames() {}

  /** Returns the variable that sets the dotted {@code key} under {@code prefix}. */
  public static String of(String prefix, String key) {
    StringBuilder name = new StringBuilder(prefix);
    List<String> parts = Tree.split(key);
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        name.append('_');
      }
      String part = parts.get(i);
      for (int c = 0; c < part.length(); c++) {
        char ch = part.charAt(c);
        if (c > 0 && Character.isUpperCase(ch) && !Character.isUpperCase(part.charAt(c - 1))
            && part.charAt(c - 1) != '_' && part.charAt(c - 1) != '-') {
          name.append('_');
        }
        name.append(ch == '-' ? '_' : Character.toUpperCase(ch));
      }
    }
    return name.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * Returns the variable of each of {@code keys} under {@code prefix}, by dotted key; {@code id} names the config in
   * the error.
   *
   * @throws IllegalArgumentException if two keys would read one variable
   */
  public static Map<String, String> of(String id, String prefix, List<ConfigSpec.Key> keys) {
    Map<String, String> byKey = new LinkedHashMap<>();
    Map<String, String> byName = new LinkedHashMap<>();
    for (ConfigSpec.Key key : keys) {
      if (key.isFree()) {
        continue;
      }
      String name = of(prefix, key.path());
      String other = byName.putIfAbsent(name, key.path());
      if (other != null) {
        throw new IllegalArgumentException("config '" + id + "': keys '" + other + "' and '" + key.path()
            + "' would both be read from the environment variable " + name);
      }
      byKey.put(key.path(), name);
    }
    return byKey;
  }
}

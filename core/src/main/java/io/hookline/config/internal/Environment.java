package io.hookline.config.internal;

import io.hookline.ConfigSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Environment variables as a config's source, between its file and the command line (see
 * {@link ConfigSpec#withEnvironmentPrefix}).
 *
 * <p>Contract: each variable that is set is read as a value on the command line is, and recorded with the origin
 * {@code environment variable NAME}, so that an error found when the config is bound names the variable; the value
 * itself is never shown, since a variable may hold a secret.
 */
public final class Environment {

  private Environment() {}

  /**
   * Returns {@code base}'s tree with the values of {@code spec}'s variables that {@code getenv} has, or {@code null}
   * if it has none; {@code base} is asked for only then.
   *
   * @throws io.hookline.InputException if a value does not parse
   */
  public static @Nullable Parsed apply(ConfigSpec<?> spec, Supplier<Parsed> base,
      Function<String, @Nullable String> getenv) {
    Parsed parsed = null;
    Object tree = null;
    Map<String, String> origins = null;
    for (Map.Entry<String, String> variable : spec.environmentVariables().entrySet()) {
      String text = getenv.apply(variable.getValue());
      if (text == null) {
        continue;
      }
      if (parsed == null) {
        parsed = base.get();
        tree = parsed.tree();
        origins = new HashMap<>(parsed.origins());
      }
      String origin = "environment variable " + variable.getValue();
      tree = Tree.set(tree, Tree.split(variable.getKey()), Scalars.parse(text, origin));
      origins.put(variable.getKey(), origin);
    }
    return parsed == null ? null : new Parsed(tree, origins);
  }
}

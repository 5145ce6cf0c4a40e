package io.hookline.command.internal;

import io.hookline.CommandSpec;
import io.hookline.Invocation.Attribute;
import io.hookline.OptionSpec;
import io.hookline.config.internal.Secrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A command's {@linkplain OptionSpec#isSecret secret} options, as a run keeps them: in memory only. The files a run
 * leaves (a job's record, a sweep's journal, the plan workers read) hold {@link Secrets#MASK} for each of their values,
 * and a worker in another process is given each one in its environment, under {@link #variable}. A request holds
 * {@link OptionValues#SECRETS} only when its command has one, and only then is this class used.
 */
public final class SecretOptions {

  private static final String PREFIX = "HOOKLINE_SECRET_";

  private SecretOptions() {}

  /** Returns the keys of the secret options of {@code spec}; none if it has none. */
  public static Set<String> of(CommandSpec spec) {
    return spec.options().stream().filter(OptionSpec::isSecret).map(OptionSpec::dest).collect(Collectors.toSet());
  }

  /** Returns the environment variable a worker reads the secret option stored under {@code key} from. */
  public static String variable(String key) {
    return PREFIX + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** Returns {@code options} with the values of those that {@code attributes} say are secret masked, as a file keeps them. */
  public static Map<String, List<String>> masked(Map<String, List<String>> options, Map<Attribute<?>, Object> attributes) {
    if (!(attributes.get(OptionValues.SECRETS) instanceof Set<?> keys)) {
      return options;
    }
    Map<String, List<String>> masked = new LinkedHashMap<>(options);
    keys.forEach(key -> masked.computeIfPresent((String) key, (name, values) -> List.of(Secrets.MASK)));
    return masked;
  }

  /** Returns the variables that give a worker the secret options' values of {@code options}, by name. */
  public static Map<String, String> environment(Map<String, List<String>> options,
      Map<Attribute<?>, Object> attributes) {
    Map<String, String> variables = new LinkedHashMap<>();
    if (attributes.get(OptionValues.SECRETS) instanceof Set<?> keys) {
      keys.forEach(key -> {
        List<String> values = options.get((String) key);
        if (values != null && !values.isEmpty() && !values.equals(List.of(Secrets.MASK))) {
          variables.put(variable((String) key), values.get(0));
        }
      });
    }
    return variables;
  }
}

package io.hookline.runtime.internal;

import io.hookline.Command.Target;
import io.hookline.ConfigSpec;
import io.hookline.Hooks;
import io.hookline.Invocation.Attribute;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.command.internal.OptionValues;
import io.hookline.command.internal.SecretOptions;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What to run.
 *
 * @param app the app's name
 * @param command the command's name
 * @param target what was registered as the command
 * @param hooks its effective hooks
 * @param configs its effective configs
 * @param options the parsed options
 * @param overrides the override arguments (sweeps included, in a multirun)
 * @param settings the app's settings
 * @param callbacks the callbacks of this invocation, in order
 * @param config the composed config that run-level events get, empty unless the app composes
 * @param attributes what every job's invocation starts with (the search path of a composing app, say)
 */
public record Request(String app, String command, Target target, Hooks hooks, List<ConfigSpec<?>> configs,
    Map<String, List<String>> options, List<String> overrides, Settings settings, List<NamedCallback> callbacks,
    Map<String, @Nullable Object> config, Map<Attribute<?>, Object> attributes, boolean freshJvmPerJob) {

  /** Returns this request with {@code more} attributes, which win over its own. */
  Request with(Map<Attribute<?>, Object> more) {
    Map<Attribute<?>, Object> merged = new HashMap<>(attributes);
    merged.putAll(more);
    return new Request(app, command, target, hooks, configs, options, overrides, settings, callbacks, config,
        merged, freshJvmPerJob);
  }

  /** Returns its options as the files a run leaves keep them: a secret option's values masked. */
  Map<String, List<String>> savedOptions() {
    return attributes.containsKey(OptionValues.SECRETS) ? SecretOptions.masked(options, attributes) : options;
  }

  /** Returns the variables a worker in another process needs: the secret options' values, by name. */
  Map<String, String> workerEnvironment() {
    return attributes.containsKey(OptionValues.SECRETS) ? SecretOptions.environment(options, attributes) : Map.of();
  }

  /** Returns this request printing to {@code out} and {@code err}. */
  Request printingTo(PrintStream out, PrintStream err) {
    return new Request(app, command, target, hooks, configs, options, overrides, settings.withOutput(out, err),
        callbacks, config, attributes, freshJvmPerJob);
  }
}

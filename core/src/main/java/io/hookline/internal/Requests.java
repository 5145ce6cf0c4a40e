package io.hookline.internal;

import io.hookline.Invocation.Attribute;
import io.hookline.OptionSpec;
import io.hookline.callback.internal.CallbackLoader;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.cli.Prompts;
import io.hookline.command.internal.OptionValues;
import io.hookline.command.internal.SecretOptions;
import io.hookline.launch.internal.LauncherProviders;
import io.hookline.provider.internal.ProviderChoice;
import io.hookline.runtime.internal.Request;
import io.hookline.runtime.internal.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What the planners of every entry share: the request a command runs with, and its callbacks. */
final class Requests {

  private Requests() {}

  /**
   * Returns the request to run {@code command} with: this invocation's callbacks, and the composed config of
   * {@code hookline}, which is {@code null} in an app that does not compose.
   */
  static Request request(AppParts app, ResolvedCommand command, Map<String, List<String>> options,
      List<String> overrides, Settings settings, @Nullable HooklineNode hookline,
      Map<Attribute<?>, Object> attributes) {
    Map<String, Function<String, ?>> readers = OptionValues.readers(OptionValues.withReaders(command.spec(),
        settings.converters()));
    Map<Attribute<?>, Object> all = attributes;
    if (readers != null) {
      all = new HashMap<>(attributes);
      all.put(OptionValues.READERS, readers);
    }
    Map<String, List<String>> given = options;
    if (hasSecrets(command.spec().options())) {
      all = new HashMap<>(all);
      all.put(OptionValues.SECRETS, SecretOptions.of(command.spec()));
      given = Prompts.secretsAgain(command.spec(), options);
    }
    return new Request(app.name(), command.spec().command(), command.command().target(), command.hooks(),
        command.configs(), given, overrides, settings,
        callbacks(settings, hookline == null ? List.of() : hookline.callbacks()),
        hookline == null ? Map.of() : hookline.config(), all, command.command().freshJvmPerJob());
  }

  /** Returns whether any of {@code options} is secret: a loop, not a stream, since every run asks. */
  private static boolean hasSecrets(List<OptionSpec> options) {
    for (OptionSpec option : options) {
      if (option.isSecret()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Creates this invocation's callbacks: those registered in code, then those declared in the files, then those of the
   * composed config.
   */
  private static List<NamedCallback> callbacks(Settings settings, List<NamedCallback> composed) {
    List<NamedCallback> all = new ArrayList<>(settings.callbacks());
    for (Path file : settings.callbackFiles()) {
      all.addAll(CallbackLoader.load(settings.directory().resolve(file), file.toString(), settings.targets()));
    }
    all.addAll(composed);
    return all;
  }

  /** Returns {@code arguments} without the launcher's own overrides, which no composition sees. */
  static List<String> withoutLauncher(List<String> arguments) {
    return ProviderChoice.without(LauncherProviders.KIND, arguments);
  }

  /** Returns a journaled list as text, each item as it reads; empty if {@code value} is not a list. */
  static List<String> strings(@Nullable Object value) {
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }
}

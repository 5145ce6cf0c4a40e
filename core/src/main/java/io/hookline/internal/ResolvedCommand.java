package io.hookline.internal;

import io.hookline.Command;
import io.hookline.CommandSpec;
import io.hookline.ConfigSpec;
import io.hookline.Hooks;
import java.util.List;

/**
 * A command of an app with what it has from the app: its effective hooks and configs, and its spec.
 *
 * @param command the command as registered
 * @param hooks the global hooks piped into its own
 * @param configs the global configs, then its own
 * @param spec how it looks from the command line
 */
public record ResolvedCommand(Command command, Hooks hooks, List<ConfigSpec<?>> configs, CommandSpec spec) {

  /** Returns what the command's deprecation warning advises, or {@code null} if it is not deprecated. */
  @org.jspecify.annotations.Nullable String deprecation() {
    return command.deprecation();
  }
}

package io.hookline.internal;

import io.hookline.command.CommandSpec;
import io.hookline.runtime.internal.Settings;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the dispatcher and the runner need of an {@link io.hookline.App}: its name, its description, its resolved
 * commands in order, and its settings.
 *
 * @param name the app's name
 * @param description its description, for help
 * @param version its version, for {@code --version}, or {@code null} to read it from the manifest of the jar that
 *     runs it
 * @param commands its commands by name, in the order they were added
 * @param settings how it runs
 */
public record AppParts(String name, String description, @Nullable String version,
    Map<String, ResolvedCommand> commands, Settings settings) {

  /** Returns the names of the commands, in order. */
  public List<String> commandNames() {
    return List.copyOf(commands.keySet());
  }

  /** Returns the specs of the commands, in order. */
  public List<CommandSpec> specs() {
    return commands.values().stream().map(ResolvedCommand::spec).toList();
  }
}

package io.hookline.internal;

import io.hookline.Composition;
import io.hookline.OptionSpec;
import io.hookline.cli.ReservedNames;
import io.hookline.command.internal.Composing.Source;
import io.hookline.command.internal.EagerOption;
import io.hookline.command.internal.OptionDefaults;
import io.hookline.command.internal.Sources;
import io.hookline.runtime.internal.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the dispatcher and the runner need of an {@link io.hookline.App}: its name, its description, its resolved
 * commands and groups, and its settings.
 *
 * @param name the app's name
 * @param description its description, for help
 * @param version its version, for {@code --version}, or {@code null} to read it from the manifest of the jar that
 *     runs it
 * @param tree its commands and groups
 * @param settings how it runs
 */
public record AppParts(String name, String description, @Nullable String version, CommandTree tree,
    Settings settings) {

  /** Returns every command by path, in order. */
  public Map<String, ResolvedCommand> commands() {
    return tree.commands();
  }

  /** Returns the paths of every command, in order. */
  public List<String> commandNames() {
    return tree.commandPaths();
  }

  /**
   * Returns where a run with {@code options} and {@code overrides} composes from (the app's sources, those given
   * from outside, and its primary config), or {@code null} if the app does not compose.
   */
  @Nullable Source source(Map<String, List<String>> options, List<String> overrides) {
    Composition composition = settings.composition();
    return composition == null ? null : Sources.of(composition, options, overrides, settings.directory());
  }

  /**
   * Returns {@code settings} with the eager option {@code flag}, which prints what {@code text} returns.
   *
   * @throws IllegalArgumentException if {@code flag} takes a value, or a name of it is Hookline's or taken already
   */
  public static Settings withEagerOption(Settings settings, OptionSpec flag, Supplier<String> text) {
    if (flag.takesValue() || flag.positional()) {
      throw new IllegalArgumentException("eager option '" + flag.names().get(0) + "' is a flag: it takes no value");
    }
    ReservedNames.checkApp(flag, eagerOptions(settings));
    return settings.withEagerOption(new EagerOption(flag, text));
  }

  /** Returns the app's eager options. */
  static List<OptionSpec> eagerOptions(Settings settings) {
    return settings.eagerOptions().stream().map(EagerOption::option).toList();
  }

  /** Returns the text of the eager option {@code word} names ({@code --license}), or {@code null} if none does. */
  @Nullable Supplier<String> eager(String word) {
    if (settings.eagerOptions().isEmpty()) {
      return null; // nothing of the eager options loads in an app that has none
    }
    return settings.eagerOptions().stream().filter(eager -> eager.option().flags().contains(word)).findFirst()
        .map(EagerOption::text).orElse(null);
  }

  /** Returns the flags of the app's eager options, as typed. */
  List<String> eagerFlags() {
    return eagerOptions(settings).stream().flatMap(option -> option.flags().stream()).toList();
  }

  /** Returns {@code settings} taking options' defaults from the properties file {@code file} too. */
  public static Settings withOptionDefaults(Settings settings, Path file) {
    return settings.withOptionDefaults(OptionDefaults.Source.of(file));
  }

  /** Returns {@code settings} taking options' defaults from {@code lookup}, named {@code name}, too. */
  public static Settings withOptionDefaults(Settings settings, String name,
      BiFunction<String, String, @Nullable String> lookup) {
    return settings.withOptionDefaults(OptionDefaults.Source.of(name, lookup));
  }
}

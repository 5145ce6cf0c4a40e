package io.hookline.internal;

import io.hookline.Composition;
import io.hookline.Outcome;
import io.hookline.cli.Help;
import io.hookline.cli.Styles;
import io.hookline.command.internal.Composing.Source;
import io.hookline.command.internal.OptionDefaults;
import io.hookline.launch.internal.LauncherProviders;
import io.hookline.runtime.internal.Settings;
import io.hookline.sweep.internal.SweeperProviders;
import java.util.List;
import java.util.Map;

/**
 * The help before a command: the app's and a group's; and a command's own, with its options and keys, the launchers
 * and sweepers, and what a composed config offers.
 */
final class CommandHelp {

  private CommandHelp() {}

  /** Prints the help of {@code command} on the app's output stream. */
  static Outcome show(AppParts app, ResolvedCommand command) {
    Settings settings = app.settings();
    Composition composition = settings.composition();
    settings.out().print(Styles.forOutput(settings.out(), Help.command(app.name(), OptionDefaults.apply(command.spec(),
        settings.optionDefaults(), System::getenv, settings.directory()),
        LauncherProviders.find().values(), SweeperProviders.find().values(),
        composition == null ? null : Inspection.help(composition, settings.directory()))));
    return Outcome.withoutJobs(null);
  }

  /** Returns the help of the app ({@code path} empty), or of its group at {@code path}, styled for the output stream. */
  static String group(AppParts app, String path) {
    CommandTree tree = app.tree();
    List<Help.Member> members = tree.groups().get(path).members().stream()
        .map(member -> new Help.Member(String.join(", ", names(tree, member)), tree.description(member)))
        .toList();
    String help = path.isEmpty() ? Help.app(app.name(), app.description(), members, tree.specsUnder(path),
        AppParts.eagerOptions(app.settings()))
        : Help.group(app.name(), path, tree.description(path), members, tree.specsUnder(path));
    return Styles.forOutput(app.settings().out(), help);
  }

  /** Returns the name of the member at {@code path}, then its aliases if it is a command that has some. */
  private static List<String> names(CommandTree tree, String path) {
    List<String> names = new java.util.ArrayList<>(List.of(CommandTree.name(path)));
    ResolvedCommand command = tree.commands().get(path);
    if (command != null) {
      names.addAll(command.command().aliases());
    }
    return names;
  }

  /** Prints what {@code --cfg} or {@code --info} asks of the config composed for {@code overrides}. */
  static Outcome inspection(AppParts app, Source source, ResolvedCommand command,
      Map<String, List<String>> options, List<String> overrides) {
    Settings settings = app.settings();
    Inspection.Shown shown = Inspection.show(source.search(), source.primary(), command, options, overrides,
        app.name());
    settings.out().print(shown.text());
    return new Outcome(Outcome.OK, shown.tree(), null, null, List.of());
  }
}

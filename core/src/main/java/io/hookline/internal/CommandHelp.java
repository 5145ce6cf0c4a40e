package io.hookline.internal;

import io.hookline.Composition;
import io.hookline.Outcome;
import io.hookline.cli.Help;
import io.hookline.cli.Styles;
import io.hookline.launch.internal.LauncherProviders;
import io.hookline.runtime.internal.Settings;
import io.hookline.sweep.internal.SweeperProviders;

/** Shows a command's help: its options and keys, the launchers and sweepers, and what a composed config offers. */
final class CommandHelp {

  private CommandHelp() {}

  /** Prints the help of {@code command} on the app's output stream. */
  static Outcome show(AppParts app, ResolvedCommand command) {
    Settings settings = app.settings();
    Composition composition = settings.composition();
    settings.out().print(Styles.forOutput(settings.out(), Help.command(app.name(), command.spec(),
        LauncherProviders.find().values(), SweeperProviders.find().values(),
        composition == null ? null : Inspection.help(composition, settings.directory()))));
    return Outcome.withoutJobs(null);
  }
}

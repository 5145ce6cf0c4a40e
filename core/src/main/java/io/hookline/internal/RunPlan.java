package io.hookline.internal;

import static io.hookline.internal.Requests.request;
import static io.hookline.internal.Requests.withoutLauncher;

import io.hookline.Invocation.Attribute;
import io.hookline.Outcome;
import io.hookline.cli.ParsedLine;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.Composing.Source;
import io.hookline.compose.internal.Globs;
import io.hookline.compose.internal.SearchPath;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.LauncherProviders;
import io.hookline.provider.internal.ProviderChoice;
import io.hookline.runtime.internal.Request;
import io.hookline.runtime.internal.Runs;
import io.hookline.runtime.internal.Settings;
import io.hookline.runtime.internal.SweepStart;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Plans a command's run from its parsed line, step by step: its help; whether it is a multirun; the overrides, globs
 * expanded; the sweep, from the command line, its file and the composed config; the inspection a composed config
 * asks for; Hookline's own node; the launcher; then the request, which the runtime runs. An app that does not compose
 * never touches the composition code, so that it loads none of it.
 */
final class RunPlan {

  private final AppParts app;
  private final Settings settings;
  private final ResolvedCommand command;
  private final Dispatch.Run dispatch;
  private final ParsedLine line;
  private final @Nullable Source source;
  private final @Nullable SearchPath search;

  private RunPlan(AppParts app, Dispatch.Run run) {
    this.app = app;
    this.settings = app.settings();
    this.command = run.command();
    this.dispatch = run;
    this.line = run.line();
    this.source = app.source(line.options(), line.overrides());
    this.search = source == null ? null : source.search();
  }

  /** Plans and runs {@code run}. */
  static Outcome run(AppParts app, Dispatch.Run run) {
    if (run.line().help()) {
      return CommandHelp.show(app, run.command());
    }
    return new RunPlan(app, run).run();
  }

  private Outcome run() {
    boolean multirun = SweepPlan.multirun(app, line, search, command);
    List<String> given = search == null ? line.overrides() : Globs.expand(line.overrides(), search, multirun);
    if (!multirun) {
      SweepPlan.refuseInASingleRun(line, given);
    }
    // An app that composes needs every job of the first batch up front, to compose Hookline's own node from them.
    SweepStart sweep = null;
    if (multirun) {
      SweepPlan.Chosen chosen = SweepPlan.choose(settings, search, command, line.sweepFile(), given);
      sweep = chosen.sweep();
      given = chosen.given();
    }
    if (source != null && Inspection.asked(line.options())) {
      return CommandHelp.inspection(app, source, command, line.options(),
          sweep != null ? sweep.first().get(0) : withoutLauncher(given));
    }
    return launch(given, sweep);
  }

  /**
   * Reads Hookline's own node and runs the request once, or, as the sweep {@code sweep}, on the launcher: the one the
   * command line names, or the composed one, or the app's. A single run chooses no launcher, so it loads none.
   */
  private Outcome launch(List<String> given, @Nullable SweepStart sweep) {
    HooklineNode hookline = source == null ? null : HooklineNode.of(source.search(), source.primary(), command, given,
        sweep == null ? null : sweep.first(), settings);
    Map<Attribute<?>, Object> attributes = new HashMap<>(source == null ? Map.of() : Map.of(Composing.SOURCE, source));
    if (hookline != null && hookline.placesRuns()) { // templates' code loads only when a config has one
      attributes.putAll(RunDirs.attributes(app.name(), command.spec().command(), hookline,
          sweep == null ? given : sweep.first().get(0), sweep != null, settings));
      attributes.putAll(sweep == null ? Map.of() : RunDirs.jobFolders(app.name(), command, hookline, source));
    }
    if (sweep == null) {
      return Runs.single(request(app, command, line.options(), given, settings.withJobTimeout(line.jobTimeout()),
          hookline, attributes));
    }
    // launcher=NAME on the command line replaces the composed launcher, options and all; launcher.OPTION adds to it
    List<String> arguments = ProviderChoice.under(LauncherProviders.KIND,
        hookline == null ? List.of() : hookline.launcher(), given);
    ProviderChoice<Launcher> launcher = ProviderChoice.from(LauncherProviders.KIND, arguments, LauncherProviders::find);
    Request request = request(app, command, line.options(), launcher.overrides(),
        settings.withJobTimeout(line.jobTimeout()), hookline, attributes);
    return Runs.multi(request, sweep.withLauncher(arguments.stream()
        .filter(argument -> ProviderChoice.isOwn(LauncherProviders.KIND, argument)).toList()),
        launcher.or(settings.launcher()), dispatch.sweepOptions());
  }
}

package io.hookline.internal;

import io.hookline.Composition;
import io.hookline.Factory;
import io.hookline.Failure;
import io.hookline.InfrastructureException;
import io.hookline.InputException;
import io.hookline.Invocation.Attribute;
import io.hookline.Outcome;
import io.hookline.callback.internal.CallbackFailed;
import io.hookline.callback.internal.CallbackLoader;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.cli.ArgumentFiles;
import io.hookline.cli.Help;
import io.hookline.cli.OptionsParser;
import io.hookline.cli.ParsedLine;
import io.hookline.cli.Styles;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.ConfigStages;
import io.hookline.compose.internal.Globs;
import io.hookline.compose.internal.SearchPath;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.LauncherProviders;
import io.hookline.launch.internal.Worker;
import io.hookline.provider.internal.ProviderChoice;
import io.hookline.runtime.internal.Reports;
import io.hookline.runtime.internal.Resume;
import io.hookline.runtime.internal.Runs;
import io.hookline.runtime.internal.Settings;
import io.hookline.runtime.internal.SweepStart;
import io.hookline.sweep.Sweeper;
import io.hookline.sweep.Sweeper.Search;
import io.hookline.sweep.internal.Sweep;
import io.hookline.sweep.internal.SweepValues;
import io.hookline.sweep.internal.SweeperProviders;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs what the {@link Dispatcher} read: the invocation's outermost boundary.
 *
 * <p>Contract: {@link #invoke} never throws. What fails before the first callback event is classified here:
 * {@link InputException} is input (one line, exit 2), {@link InfrastructureException} is infrastructure (one line,
 * exit 1, or 130 if the user's interrupt stopped it), a callback's constructor that throws is the callback's own
 * failure (its trace, exit 1, no event fired), and anything else is a defect in Hookline (said to be one, with its
 * trace, exit 1). From the first event on,
 * {@link Runs} owns the outcome.
 */
public final class Runner {

  private Runner() {}

  /** Runs {@code args} for {@code app} and returns what came of it. */
  public static Outcome invoke(AppParts app, List<String> args) {
    Settings settings = app.settings();
    Failure failure;
    try {
      return run(app, Dispatcher.dispatch(app, ArgumentFiles.expand(args, settings.directory())));
    } catch (InputException e) {
      failure = new Failure(Failure.Kind.INPUT, e);
    } catch (InfrastructureException e) {
      failure = new Failure(e.getCause() instanceof InterruptedException ? Failure.Kind.INTERRUPTED
          : Failure.Kind.INFRASTRUCTURE, e);
    } catch (CallbackFailed e) {
      Throwable cause = e.getCause();
      settings.err().println(app.name() + ": " + e.getMessage());
      Reports.trace(settings.err(), cause);
      return Outcome.withoutJobs(new Failure(Failure.Kind.JOB, cause));
    } catch (Throwable t) {
      failure = new Failure(Failure.Kind.DEFECT, t);
    }
    try {
      Reports.beforeJobs(settings.err(), app.name(), failure);
    } catch (Throwable cannotReport) {
      // the error stream is broken: the outcome still says what happened
    }
    return Outcome.withoutJobs(failure);
  }

  private static Outcome run(AppParts app, Dispatcher.Dispatch dispatch) {
    Settings settings = app.settings();
    if (dispatch instanceof Dispatcher.Show show) {
      settings.out().print(show.text());
      return Outcome.withoutJobs(null);
    }
    if (dispatch instanceof Dispatcher.Rerun rerun) {
      return rerun(app, rerun);
    }
    if (dispatch instanceof Dispatcher.Resume resume) {
      return resume(app, resume);
    }
    // An app that does not compose never touches the composition code, so that it loads none of it.
    Composition composition = settings.composition();
    if (dispatch instanceof Dispatcher.Work work) {
      return work(app, settings, work.command(), work.job());
    }
    if (dispatch instanceof Dispatcher.Serve serve) {
      return Serving.serve(app, serve.plan(), (command, job, streams) -> work(app, streams, command, job));
    }
    Dispatcher.Run run = (Dispatcher.Run) dispatch;
    ResolvedCommand command = run.command();
    if (run.line().help()) {
      settings.out().print(Styles.forOutput(settings.out(), Help.command(app.name(), command.spec(),
          LauncherProviders.find().values(), SweeperProviders.find().values(),
          composition == null ? null : Inspection.help(composition, settings.directory()))));
      return Outcome.withoutJobs(null);
    }
    SearchPath search = composition == null ? null : SearchPath.of(composition, settings.directory());
    boolean multirun = run.line().multirun();
    if (!multirun && search != null) {
      HooklineNode.Mode mode = HooklineNode.mode(search, composition.primary(), command.configs(),
          withoutLauncher(ProviderChoice.without(SweeperProviders.KIND, run.line().overrides())));
      multirun = mode.multirun();
      if (mode.sweepAt() != null) {
        settings.err().println(app.name() + ": the sweep declared in " + mode.sweepAt() + " is not run: this is one"
            + " run; add -m, or set hookline.mode: MULTIRUN, to run the sweep");
      }
    }
    List<String> given = search == null ? run.line().overrides()
        : Globs.expand(run.line().overrides(), search, multirun);
    if (!multirun) {
      singleRunOnly(run.line(), given);
    }
    // An app that composes needs every job of the first batch up front, to compose Hookline's own node from them.
    SweepStart sweep = null;
    if (multirun) {
      given = ProviderChoice.under(SweeperProviders.KIND, declaredSweep(run.line(), settings, search, command, given), given);
      ProviderChoice<Sweeper> sweeper = ProviderChoice.from(SweeperProviders.KIND, given, SweeperProviders::find);
      sweep = SweepStart.of(sweeper.or(settings.sweeper()), given.stream()
          .filter(argument -> ProviderChoice.isOwn(SweeperProviders.KIND, argument)).toList(),
          withoutLauncher(sweeper.overrides()));
      given = sweeper.overrides();
      if (search == null) {
        SweptValues.check(command.configs(), sweep.first());
      }
    }
    if (search != null && Inspection.asked(run.line().options())) {
      settings.out().print(Inspection.text(search, composition.primary(), command, run.line().options(),
          sweep != null ? sweep.first().get(0) : withoutLauncher(given), app.name()));
      return Outcome.withoutJobs(null);
    }
    HooklineNode hookline = search == null ? null : hookline(search, composition.primary(), command, given,
        sweep == null ? null : sweep.first(), settings.factory());
    // launcher=NAME on the command line replaces the composed launcher, options and all; launcher.OPTION adds to it
    List<String> arguments = ProviderChoice.under(LauncherProviders.KIND, hookline == null ? List.of() : hookline.launcher(),
        given);
    ProviderChoice<Launcher> launcher = ProviderChoice.from(LauncherProviders.KIND, arguments, LauncherProviders::find);
    Runs.Request request = request(app, command, run.line().options(), launcher.overrides(),
        settings.withJobTimeout(run.line().jobTimeout()), hookline,
        search == null ? Map.of() : Composing.attributes(search, composition.primary()));
    return sweep == null ? Runs.single(request)
        : Runs.multi(request, sweep.withLauncher(arguments.stream()
            .filter(argument -> ProviderChoice.isOwn(LauncherProviders.KIND, argument)).toList()),
            launcher.or(settings.launcher()), run.line().failureLimit(), run.line().quiet());
  }

  /**
   * Returns the arguments of the sweep declared for a multirun (see {@link SweepNode}): in the composed config, then in
   * {@code --sweep}'s file, which wins over it; the command line's {@code given} wins over both.
   */
  private static List<String> declaredSweep(ParsedLine line, Settings settings, @Nullable SearchPath search,
      ResolvedCommand command, List<String> given) {
    Composition composition = settings.composition();
    List<String> declared = search == null || composition == null ? List.of() : HooklineNode.sweep(search,
        composition.primary(), command.configs(), ProviderChoice.without(SweeperProviders.KIND, withoutLauncher(given))
            .stream().filter(argument -> !SweepValues.sweeps(argument)).toList());
    return line.sweepFile() == null ? declared
        : ProviderChoice.under(SweeperProviders.KIND, declared,
            SweepNode.read(settings.directory().resolve(line.sweepFile())));
  }

  /** Refuses what only a multirun takes: a launcher, a sweeper, a sweep's file and the failure policy. */
  private static void singleRunOnly(ParsedLine line, List<String> given) {
    for (String kind : List.of(LauncherProviders.KIND, SweeperProviders.KIND)) {
      if (given.stream().anyMatch(argument -> ProviderChoice.isOwn(kind, argument))) {
        throw new InputException(kind + "=... applies to a multirun; add -m");
      }
    }
    if (line.sweepFile() != null) {
      throw new InputException("--sweep applies to a multirun; add -m");
    }
    if (line.failureLimit().maxFailures() > 0) {
      throw new InputException("--fail-fast, --max-failures and --stop-running apply to a multirun; add -m");
    }
    if (line.quiet()) {
      throw new InputException("--quiet applies to a multirun, whose start and end it keeps quiet; add -m");
    }
  }

  /**
   * Runs a job again as a single run: its configs read from its saved config (composed again from it, in an app that
   * composes), the extra overrides on top, in a new output directory that records where the job came from.
   */
  private static Outcome rerun(AppParts app, Dispatcher.Rerun rerun) {
    Settings settings = app.settings();
    ResolvedCommand command = rerun.command();
    RerunJob job = rerun.job();
    Settings fresh = settings.withOutputs(settings.outputs().forRuns());
    Map<Attribute<?>, Object> attributes = new LinkedHashMap<>();
    attributes.put(Runs.RERUN_OF, job.dir());
    HooklineNode hookline = null;
    if (settings.composition() != null) {
      SearchPath saved = SearchPath.of(Composition.folder(job.dir().resolve(".hookline")), settings.directory());
      hookline = hookline(saved, "config", command, rerun.overrides(), null, settings.factory());
      attributes.putAll(Composing.attributes(saved, "config"));
    } else {
      attributes.put(ConfigStages.SAVED, new ConfigStages.SavedConfigs(job.savedConfig(), List.of()));
    }
    return Runs.single(request(app, command, job.options(), rerun.overrides(), fresh, hookline, attributes));
  }

  /**
   * Returns what a worker's job starts with: the search path of a composing app, and, in a resumed sweep, the configs
   * its previous attempt saved.
   */
  private static Map<Attribute<?>, Object> workerAttributes(@Nullable SearchPath search,
      @Nullable Composition composition, Worker.PlanEntry job, Settings settings) {
    Map<Attribute<?>, Object> attributes = new LinkedHashMap<>();
    if (search != null && composition != null) {
      attributes.putAll(Composing.attributes(search, composition.primary()));
    }
    attributes.putAll(Resume.savedConfigs(job.directory(), job.overrides(), composition, settings.directory()));
    return attributes;
  }

  /**
   * Resumes a sweep: the jobs its journal holds no COMPLETED return for run again, with the multirun's events, on the
   * launcher the sweep chose with its options, as its journal recorded them, unless the command line names another
   * (then it says so); the others' returns are loaded.
   */
  private static Outcome resume(AppParts app, Dispatcher.Resume resume) {
    Settings settings = app.settings();
    ResolvedCommand command = resume.command();
    List<String> journaled = strings(resume.journal().sweep().get("launcherArguments"));
    List<String> chosen = ProviderChoice.under(LauncherProviders.KIND, journaled, resume.launcher());
    Launcher launcher = ProviderChoice.<Launcher>from(LauncherProviders.KIND, chosen, LauncherProviders::find)
        .or(settings.launcher());
    if (!resume.launcher().isEmpty()) {
      settings.err().println(app.name() + ": resuming on " + describe(chosen, launcher.name()) + ", not on the sweep's "
          + describe(journaled, String.valueOf(resume.journal().sweep().get("launcher"))));
    }
    Map<String, List<String>> options = new LinkedHashMap<>();
    if (resume.journal().sweep().get("options") instanceof Map<?, ?> recorded) {
      recorded.forEach((name, values) -> options.put(String.valueOf(name), strings(values)));
    }
    List<String> overrides = strings(resume.journal().sweep().get("overrides"));
    Composition composition = settings.composition();
    HooklineNode hookline = composition == null ? null : hookline(SearchPath.of(composition, settings.directory()),
        composition.primary(), command, resume.journal().jobs().values().stream().findFirst().orElse(List.of()),
        null, settings.factory());
    // the sweep's time limit for each job, unless the command line gives another
    Duration limit = resume.jobTimeout() != null ? resume.jobTimeout()
        : OptionsParser.jobTimeout(resume.journal().sweep().get("jobTimeout") instanceof String shown ? shown : null);
    Runs.Request request = request(app, command, options, overrides, settings.withJobTimeout(limit), hookline,
        Map.of());
    // the search starts afresh, with the sweeper the sweep chose, and is followed through the journal
    Search search = ProviderChoice.<Sweeper>from(SweeperProviders.KIND, strings(resume.journal().sweep().get("sweeper")),
        SweeperProviders::find)
        .or(settings.sweeper()).search(overrides);
    return Runs.resume(request, launcher, Resume.plan(request, resume.sweepDir(), resume.journal(),
        composition, resume.force(), launcher, search), resume.failureLimit(), resume.quiet());
  }

  /** Describes a launcher as its reserved overrides chose it, or by its name if it is the app's own. */
  private static String describe(List<String> arguments, String name) {
    return arguments.isEmpty() ? "the app's launcher (" + name + ")" : String.join(" ", arguments);
  }

  /** Returns a journaled list as text, each item as it reads; empty if {@code value} is not a list. */
  private static List<String> strings(@Nullable Object value) {
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }

  /**
   * Reads Hookline's own node of the composed config, if the app composes: composed up front from each job of a
   * multirun's first {@code batch}, or from {@code given} alone in a single run ({@code batch} is {@code null}), the
   * launcher's own overrides aside.
   */
  private static HooklineNode hookline(SearchPath search, String primary, ResolvedCommand command,
      List<String> given, @Nullable List<List<String>> batch, Factory factory) {
    List<String> overrides = withoutLauncher(given);
    if (batch != null) {
      for (String argument : overrides) {
        String key = ProviderChoice.key(argument);
        if ((key.startsWith("hookline.") || key.startsWith("hookline/")) && Sweep.of(List.of(argument)).size() > 1) {
          throw new InputException("'" + argument + "': Hookline's own settings (callbacks, the launcher) serve every"
              + " job, so they cannot be swept; set one value");
        }
      }
    }
    List<List<String>> jobs = batch != null ? batch : List.of(overrides);
    return HooklineNode.read(search, primary, command.configs(), jobs, factory);
  }

  /** Returns {@code arguments} without the launcher's own overrides, which no composition sees. */
  private static List<String> withoutLauncher(List<String> arguments) {
    return ProviderChoice.without(LauncherProviders.KIND, arguments);
  }

  /** Runs {@code job} of a plan as a worker, with {@code settings}. */
  private static Outcome work(AppParts app, Settings settings, ResolvedCommand command, Worker.PlanEntry job) {
    Composition composition = settings.composition();
    SearchPath search = composition == null ? null : SearchPath.of(composition, settings.directory());
    HooklineNode hookline = search == null ? null : hookline(search, composition.primary(), command,
        job.overrides(), null, settings.factory());
    Runs.Request request = request(app, command, job.options(), job.overrides(),
        settings.withJobTimeout(job.jobTimeout()), hookline, workerAttributes(search, composition, job, settings));
    return Runs.worker(request, job.number(), job.directory(), Worker.returnFile(job.directory()));
  }

  /**
   * Returns the request to run {@code command} with: this invocation's callbacks, and the composed config of
   * {@code hookline}, which is {@code null} in an app that does not compose.
   */
  private static Runs.Request request(AppParts app, ResolvedCommand command, Map<String, List<String>> options,
      List<String> overrides, Settings settings, @Nullable HooklineNode hookline,
      Map<Attribute<?>, Object> attributes) {
    return new Runs.Request(app.name(), command.spec().command(), command.command().target(), command.hooks(),
        command.configs(), options, overrides, settings,
        callbacks(settings, hookline == null ? List.of() : hookline.callbacks()),
        hookline == null ? Map.of() : hookline.config(), attributes, command.command().freshJvmPerJob());
  }

  /**
   * Creates this invocation's callbacks: those registered in code, then those declared in the files, then those of the
   * composed config.
   */
  private static List<NamedCallback> callbacks(Settings settings, List<NamedCallback> composed) {
    List<NamedCallback> all = new ArrayList<>(settings.callbacks());
    for (Path file : settings.callbackFiles()) {
      all.addAll(CallbackLoader.load(settings.directory().resolve(file), file.toString(), settings.factory()));
    }
    all.addAll(composed);
    return all;
  }
}

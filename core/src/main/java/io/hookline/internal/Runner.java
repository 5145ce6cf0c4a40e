package io.hookline.internal;

import io.hookline.callback.internal.CallbackLoader;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.cli.Help;
import io.hookline.failure.Failure;
import io.hookline.failure.InfrastructureException;
import io.hookline.failure.InputException;
import io.hookline.launch.internal.LauncherChoice;
import io.hookline.launch.internal.LauncherProviders;
import io.hookline.launch.internal.Worker;
import io.hookline.runtime.Outcome;
import io.hookline.runtime.internal.Reports;
import io.hookline.runtime.internal.Runs;
import io.hookline.runtime.internal.Settings;
import io.hookline.sweep.Sweep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs what the {@link Dispatcher} read: the invocation's outermost boundary.
 *
 * <p>Contract: {@link #invoke} never throws. What fails before the first callback event is classified here:
 * {@link InputException} is input (one line, exit 2), {@link InfrastructureException} is infrastructure (one line,
 * exit 1), a callback's constructor that throws is the callback's own failure (its trace, exit 1, no event fired), and
 * anything else is a defect in Hookline (said to be one, with its trace, exit 1). From the first event on,
 * {@link Runs} owns the outcome.
 */
public final class Runner {

  private Runner() {}

  /** Runs {@code args} for {@code app} and returns what came of it. */
  public static Outcome invoke(AppParts app, List<String> args) {
    Settings settings = app.settings();
    Failure failure;
    try {
      return run(app, Dispatcher.dispatch(app, args));
    } catch (InputException e) {
      failure = new Failure(Failure.Kind.INPUT, e);
    } catch (InfrastructureException e) {
      failure = new Failure(Failure.Kind.INFRASTRUCTURE, e);
    } catch (CallbackFailed e) {
      Throwable cause = e.getCause();
      settings.err().println(app.name() + ": a callback failed to start: " + cause);
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
    if (dispatch instanceof Dispatcher.Work work) {
      ResolvedCommand command = work.command();
      Worker.PlannedJob job = work.job();
      Runs.Request request = new Runs.Request(app.name(), job.command(), command.command().target(),
          command.hooks(), command.configs(), job.options(), job.overrides(), settings, callbacks(settings));
      return Runs.worker(request, job.number(), job.directory(), Worker.returnFile(job.directory()));
    }
    Dispatcher.Run run = (Dispatcher.Run) dispatch;
    ResolvedCommand command = run.command();
    if (run.line().help()) {
      settings.out().print(Help.command(app.name(), command.spec(), LauncherProviders.find().values()));
      return Outcome.withoutJobs(null);
    }
    LauncherChoice choice = LauncherChoice.from(run.line().overrides(), settings.launcher(), LauncherProviders::find);
    if (!run.line().multirun() && choice.chosen()) {
      throw new InputException("launcher=... applies to a multirun; add -m");
    }
    Sweep sweep = run.line().multirun() ? Sweep.of(choice.overrides()) : null;
    Runs.Request request = new Runs.Request(app.name(), command.spec().command(), command.command().target(),
        command.hooks(), command.configs(), run.line().options(), choice.overrides(), settings, callbacks(settings));
    return sweep == null ? Runs.single(request) : Runs.multi(request, sweep, choice.launcher());
  }

  /** Creates this invocation's callbacks: those registered in code, then those declared in the file. */
  private static List<NamedCallback> callbacks(Settings settings) {
    List<NamedCallback> all = new ArrayList<>(settings.callbacks());
    Path file = settings.callbackFile();
    if (file != null) {
      try {
        all.addAll(CallbackLoader.load(settings.directory().resolve(file), file.toString()));
      } catch (InputException | InfrastructureException e) {
        throw e;
      } catch (Throwable t) {
        throw new CallbackFailed(t);
      }
    }
    return all;
  }

  /** A callback's constructor threw: the callback's own failure, before any event. */
  private static final class CallbackFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CallbackFailed(Throwable cause) {
      super(cause.toString(), cause, false, false);
    }
  }
}

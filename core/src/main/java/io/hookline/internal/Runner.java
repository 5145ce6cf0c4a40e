package io.hookline.internal;

import io.hookline.Configs;
import io.hookline.Failure;
import io.hookline.InfrastructureException;
import io.hookline.InputException;
import io.hookline.Outcome;
import io.hookline.callback.internal.CallbackFailed;
import io.hookline.cli.ArgumentFiles;
import io.hookline.runtime.internal.Reports;
import io.hookline.runtime.internal.Runs;
import io.hookline.runtime.internal.Settings;
import java.util.List;

/**
 * Runs what the {@link Dispatcher} read, through the planner of its entry: the invocation's outermost boundary.
 *
 * <p>Contract: {@link #invoke} never throws. What fails before the first callback event is classified here:
 * {@link InputException} is input (one line, exit 2), {@link InfrastructureException} is infrastructure (one line,
 * exit 1, or 130 if the user's interrupt stopped it), a callback's constructor that throws is the callback's own
 * failure (its trace, exit 1, no event fired), and anything else is a defect in Hookline (said to be one, with its
 * trace, exit 1). From the first event on, {@link Runs} owns the outcome.
 */
public final class Runner {

  private Runner() {}

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

  /**
   * Returns the configs of the one run {@code args} asks for, bound as its config stages bind them, without running
   * it.
   *
   * @throws InputException if {@code args} ask for something else, or the configs do not bind
   */
  public static Configs configs(AppParts app, List<String> args) {
    Dispatch dispatch = Dispatcher.dispatch(app, ArgumentFiles.expand(args, app.settings().directory()));
    if (!(dispatch instanceof Dispatch.Run run)) {
      throw new InputException("the configs of one run of a command are asked for, not " + String.join(" ", args));
    }
    return ConfigsPlan.configs(app, run);
  }

  private static Outcome run(AppParts app, Dispatch dispatch) {
    if (dispatch instanceof Dispatch.Show show) {
      app.settings().out().print(show.text());
      return Outcome.withoutJobs(null);
    }
    if (dispatch instanceof Dispatch.Run run) {
      return RunPlan.run(app, run);
    }
    if (dispatch instanceof Dispatch.Rerun rerun) {
      return RerunPlan.run(app, rerun);
    }
    if (dispatch instanceof Dispatch.Resume resume) {
      return ResumePlan.run(app, resume);
    }
    if (dispatch instanceof Dispatch.Work work) {
      return WorkPlan.run(app, app.settings(), work.command(), work.job());
    }
    Dispatch.Serve serve = (Dispatch.Serve) dispatch;
    return Serving.serve(app, serve.plan(), (command, job, streams) -> WorkPlan.run(app, streams, command, job));
  }
}

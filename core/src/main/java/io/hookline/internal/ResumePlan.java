package io.hookline.internal;

import static io.hookline.internal.Requests.request;
import static io.hookline.internal.Requests.strings;

import io.hookline.Composition;
import io.hookline.Outcome;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.Composing.Source;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.LauncherProviders;
import io.hookline.provider.internal.ProviderChoice;
import io.hookline.runtime.internal.Request;
import io.hookline.runtime.internal.Resume;
import io.hookline.runtime.internal.Runs;
import io.hookline.runtime.internal.Settings;
import io.hookline.sweep.Sweeper.Search;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans the resume of a sweep from its journal, and runs it. */
final class ResumePlan {

  private ResumePlan() {}

  /**
   * Resumes a sweep: the jobs its journal holds no COMPLETED return for run again, with the multirun's events, on the
   * launcher the sweep chose with its options, as its journal recorded them, unless the command line names another
   * (then it says so); the others' returns are loaded.
   */
  static Outcome run(AppParts app, Dispatch.Resume resume) {
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
    Source source = app.source(options, overrides);
    HooklineNode hookline = source == null ? null : HooklineNode.of(source.search(), source.primary(), command,
        resume.journal().jobs().values().stream().findFirst().orElse(List.of()), null, settings);
    // the sweep's time limit for each job, unless the command line gives another
    Duration limit = resume.jobTimeout();
    Request request = request(app, command, options, overrides, settings.withJobTimeout(limit), hookline,
        RunDirs.resumed(app.name(), command, hookline, source));
    // the search starts afresh, with the sweeper the sweep chose, and is followed through the journal
    Search search = SweepPlan.resumed(settings, strings(resume.journal().sweep().get("sweeper")), overrides);
    return Runs.resume(request, launcher, Resume.plan(request, resume.sweepDir(), resume.journal(),
        composition, resume.force(), launcher, search),
        resume.sweepOptions());
  }

  /** Describes a launcher as its reserved overrides chose it, or by its name if it is the app's own. */
  private static String describe(List<String> arguments, String name) {
    return arguments.isEmpty() ? "the app's launcher (" + name + ")" : String.join(" ", arguments);
  }
}

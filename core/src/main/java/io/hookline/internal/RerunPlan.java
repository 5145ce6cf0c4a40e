package io.hookline.internal;

import static io.hookline.internal.Requests.request;

import io.hookline.Composition;
import io.hookline.Invocation.Attribute;
import io.hookline.Outcome;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.ConfigStages;
import io.hookline.compose.internal.SearchPath;
import io.hookline.runtime.internal.Runs;
import io.hookline.runtime.internal.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans the rerun of one job from the configs it saved, and runs it. */
final class RerunPlan {

  private RerunPlan() {}

  /**
   * Runs a job again as a single run: its configs read from its saved config (composed again from it, in an app that
   * composes), the extra overrides on top, in a new output directory that records where the job came from.
   */
  static Outcome run(AppParts app, Dispatch.Rerun rerun) {
    Settings settings = app.settings();
    ResolvedCommand command = rerun.command();
    RerunJob job = rerun.job();
    Settings fresh = settings.withOutputs(settings.outputs().forRuns());
    Map<Attribute<?>, Object> attributes = new LinkedHashMap<>();
    attributes.put(Runs.RERUN_OF, job.dir());
    HooklineNode hookline = null;
    if (settings.composition() != null) {
      SearchPath saved = SearchPath.of(Composition.folder(job.dir().resolve(".hookline")), settings.directory());
      hookline = HooklineNode.of(saved, "config", command, rerun.overrides(), null, settings);
      attributes.put(Composing.SOURCE, new Composing.Source(saved, "config", List.of()));
      // a run's folder the saved config chooses holds the rerun too, as a fresh folder beside it
      if (hookline.placesRuns()) {
        attributes.putAll(RunDirs.attributes(app.name(), command.spec().command(), hookline, rerun.overrides(), false,
            fresh));
      }
    } else {
      attributes.put(ConfigStages.SAVED, new ConfigStages.SavedConfigs(job.savedConfig(), List.of()));
    }
    return Runs.single(request(app, command, job.options(), rerun.overrides(), fresh, hookline, attributes));
  }
}

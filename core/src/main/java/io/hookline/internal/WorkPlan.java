package io.hookline.internal;

import static io.hookline.internal.Requests.request;

import io.hookline.Composition;
import io.hookline.Invocation.Attribute;
import io.hookline.Outcome;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.Composing.Source;
import io.hookline.command.internal.Sources;
import io.hookline.launch.internal.Worker;
import io.hookline.runtime.internal.Request;
import io.hookline.runtime.internal.Runs;
import io.hookline.runtime.internal.SavedAttempts;
import io.hookline.runtime.internal.Settings;
import io.hookline.runtime.internal.WorkerRun;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Plans one job of a sweep's plan, as a worker runs it, and runs it. */
final class WorkPlan {

  private WorkPlan() {}

  /** Runs {@code job} of a plan as a worker, with {@code settings}. */
  static Outcome run(AppParts app, Settings settings, ResolvedCommand command, Worker.PlanEntry job) {
    Composition composition = settings.composition();
    Source source = composition == null ? null
        : Sources.of(composition, job.options(), job.overrides(), settings.directory());
    HooklineNode hookline = source == null ? null : HooklineNode.of(source.search(), source.primary(), command,
        job.overrides(), null, settings);
    Request request = request(app, command, job.options(), job.overrides(),
        settings.withJobTimeout(job.jobTimeout()), hookline, workerAttributes(source, composition, job, settings));
    return WorkerRun.run(request, job.number(), job.directory(), Worker.returnFile(job.directory()));
  }

  /**
   * Returns what a worker's job starts with: the search path of a composing app, and, in a resumed sweep, the configs
   * its previous attempt saved.
   */
  private static Map<Attribute<?>, Object> workerAttributes(@Nullable Source source,
      @Nullable Composition composition, Worker.PlanEntry job, Settings settings) {
    Map<Attribute<?>, Object> attributes = new LinkedHashMap<>();
    if (source != null) {
      attributes.put(Composing.SOURCE, source);
    }
    attributes.putAll(SavedAttempts.savedConfigs(job.directory(), job.overrides(), composition, settings.directory()));
    return attributes;
  }
}

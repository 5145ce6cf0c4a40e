package io.hookline.internal;

import static io.hookline.internal.Requests.request;
import static io.hookline.internal.Requests.withoutLauncher;

import io.hookline.Configs;
import io.hookline.InputException;
import io.hookline.Invocation.Attribute;
import io.hookline.cli.ParsedLine;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.Composing.Source;
import io.hookline.command.internal.ConfigStages;
import io.hookline.compose.internal.Globs;
import io.hookline.runtime.internal.Runs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans what {@code App.configsFor} asks for: the configs of a command's one run, bound by its config stages as the
 * run would bind them, with no callback made, no directory and no config file written.
 */
final class ConfigsPlan {

  private ConfigsPlan() {}

  /**
   * Returns the configs {@code run}'s one job would run with: its overrides, globs expanded, bound by its config
   * stages.
   *
   * @throws InputException if {@code run} asks for help, an inspection or a multirun, or does not bind
   */
  static Configs configs(AppParts app, Dispatch.Run run) {
    ParsedLine line = run.line();
    if (line.help() || line.multirun() || Inspection.asked(line.options())) {
      throw new InputException("the configs of one run are asked for: leave out "
          + (line.help() ? "--help" : line.multirun() ? "-m" : "--cfg and --info"));
    }
    Source source = app.source(line.options(), line.overrides());
    List<String> given = source == null ? line.overrides() : Globs.expand(line.overrides(), source.search(), false);
    SweepPlan.refuseInASingleRun(line, given);
    Map<Attribute<?>, Object> attributes = new HashMap<>(source == null ? Map.of() : Map.of(Composing.SOURCE, source));
    attributes.put(ConfigStages.READ_ONLY, true);
    return Runs.configs(request(app, run.command(), line.options(), withoutLauncher(given),
        app.settings().withoutCallbacks(), null, attributes));
  }
}

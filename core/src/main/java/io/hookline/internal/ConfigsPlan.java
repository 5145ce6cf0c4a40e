package io.hookline.internal;

import static io.hookline.internal.Requests.request;
import static io.hookline.internal.Requests.withoutLauncher;

import io.hookline.Composition;
import io.hookline.Configs;
import io.hookline.InputException;
import io.hookline.Invocation.Attribute;
import io.hookline.cli.ParsedLine;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.ConfigStages;
import io.hookline.compose.internal.Globs;
import io.hookline.compose.internal.SearchPath;
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
    Composition composition = app.settings().composition();
    SearchPath search = composition == null ? null : SearchPath.of(composition, app.settings().directory());
    List<String> given = search == null ? line.overrides() : Globs.expand(line.overrides(), search, false);
    SweepPlan.refuseInASingleRun(line, given);
    Map<Attribute<?>, Object> attributes = new HashMap<>(search == null ? Map.of()
        : Composing.attributes(search, composition.primary()));
    attributes.put(ConfigStages.READ_ONLY, true);
    return Runs.configs(request(app, run.command(), line.options(), withoutLauncher(given),
        app.settings().withoutCallbacks(), null, attributes));
  }
}

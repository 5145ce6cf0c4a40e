package io.hookline.internal;

import io.hookline.Composition;
import io.hookline.InputException;
import io.hookline.cli.ParsedLine;
import io.hookline.cli.Reserved;
import io.hookline.compose.internal.SearchPath;
import io.hookline.launch.internal.LauncherProviders;
import io.hookline.provider.internal.ProviderChoice;
import io.hookline.runtime.internal.Settings;
import io.hookline.runtime.internal.SweepStart;
import io.hookline.sweep.Sweeper;
import io.hookline.sweep.internal.SweepValues;
import io.hookline.sweep.internal.SweeperProviders;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sweep's part of planning a run: whether it is a multirun ({@code -m}, or a composed {@code hookline.mode}); for
 * one that is not, the refusal of what only a multirun takes; for one that is, its sweep: the sweeper and its options
 * from the command line, over the sweep declared in {@code --sweep}'s file, over the one a composed config declares,
 * asked for its first batch at once, so that bad input fails before any event (checked against the configs, in an app
 * that does not compose); and for a resumed sweep, its search, started afresh.
 */
final class SweepPlan {

  private SweepPlan() {}

  /**
   * A sweep chosen, and the overrides left for its jobs.
   *
   * @param sweep the sweep, its first batch asked for
   * @param given the command line's overrides without the sweeper's own
   */
  record Chosen(SweepStart sweep, List<String> given) {}

  /** Chooses the sweep of {@code command} from {@code given}, the command line's overrides. */
  static Chosen choose(Settings settings, @Nullable SearchPath search, ResolvedCommand command,
      @Nullable String sweepFile, List<String> given) {
    List<String> all = ProviderChoice.under(SweeperProviders.KIND, declared(settings, search, command, sweepFile, given),
        given);
    ProviderChoice<Sweeper> sweeper = ProviderChoice.from(SweeperProviders.KIND, all, SweeperProviders::find);
    SweepStart sweep = SweepStart.of(sweeper.or(settings.sweeper()), all.stream()
        .filter(argument -> ProviderChoice.isOwn(SweeperProviders.KIND, argument)).toList(),
        Requests.withoutLauncher(sweeper.overrides()));
    if (search == null) {
      SweptValues.check(command.configs(), sweep.first(), settings.targets());
    }
    return new Chosen(sweep, sweeper.overrides());
  }

  /**
   * Returns the arguments of the sweep declared for a multirun (see {@link SweepNode}): in the composed config, then in
   * {@code --sweep}'s file, which wins over it; the command line's {@code given} wins over both.
   */
  private static List<String> declared(Settings settings, @Nullable SearchPath search, ResolvedCommand command,
      @Nullable String sweepFile, List<String> given) {
    Composition composition = settings.composition();
    List<String> unswept = ProviderChoice.without(SweeperProviders.KIND, Requests.withoutLauncher(given)).stream()
        .filter(argument -> !SweepValues.sweeps(argument)).toList();
    List<String> declared = search == null || composition == null ? List.of()
        : HooklineNode.sweep(search, composition.primary(), command.configs(), unswept);
    return sweepFile == null ? declared
        : ProviderChoice.under(SweeperProviders.KIND, declared,
            SweepNode.read(settings.directory().resolve(sweepFile)));
  }

  /** Returns whether this is a multirun: {@code -m}, or a composed config's {@code hookline.mode: MULTIRUN}. */
  static boolean multirun(AppParts app, ParsedLine line, @Nullable SearchPath search, ResolvedCommand command) {
    Composition composition = app.settings().composition();
    if (line.multirun() || search == null || composition == null) {
      return line.multirun();
    }
    HooklineNode.Mode mode = HooklineNode.mode(search, composition.primary(), command.configs(),
        Requests.withoutLauncher(ProviderChoice.without(SweeperProviders.KIND, line.overrides())));
    if (mode.sweepAt() != null) {
      app.settings().err().println(app.name() + ": the sweep declared in " + mode.sweepAt() + " is not run: this is one"
          + " run; add -m, or set hookline.mode: MULTIRUN, to run the sweep");
    }
    return mode.multirun();
  }

  /** Refuses what only a multirun takes: a launcher, a sweeper, and the reserved options declared multirun-only. */
  static void refuseInASingleRun(ParsedLine line, List<String> given) {
    for (String kind : List.of(LauncherProviders.KIND, SweeperProviders.KIND)) {
      for (String argument : given) { // loops, not streams: every single run takes this path
        if (ProviderChoice.isOwn(kind, argument)) {
          throw new InputException(kind + "=... applies to a multirun; add -m");
        }
      }
    }
    List<String> multirunOnly = new ArrayList<>();
    for (Reserved option : Reserved.at(Reserved.Place.COMMAND)) {
      if (option.multirunOnly() && line.reserved().has(option)) {
        multirunOnly.add("--" + option.name());
      }
    }
    if (!multirunOnly.isEmpty()) {
      throw new InputException(Reserved.sentence(multirunOnly, "and") + (multirunOnly.size() == 1 ? " applies"
          : " apply") + " to a multirun; add -m");
    }
  }

  /** Returns the search a resumed sweep starts afresh: its sweeper's, as the journal recorded its choice. */
  static Sweeper.Search resumed(Settings settings, List<String> journaled, List<String> overrides) {
    return ProviderChoice.<Sweeper>from(SweeperProviders.KIND, journaled, SweeperProviders::find)
        .or(settings.sweeper()).search(overrides);
  }
}

package io.hookline.testkit;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.callback.Callback;
import io.hookline.launch.Launcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A ready-made check that your callbacks keep the start/end ordering: run beside {@link EventProbe probes} in a real
 * multirun, they must
 * let every event through in order, so that starts reach the callbacks in registration order, ends in reverse, and
 * each start has exactly one end. A callback cannot break this by throwing, an {@link Error} included: Hookline turns
 * what it throws into a warning. A callback that blocks breaks it, and so does a launcher that runs a job twice or
 * not at all, so the check is also a check of a launcher.
 */
public final class CallbackLaws {

  private CallbackLaws() {}

  /**
   * Checks {@code callbacks} in a multirun of {@code jobs} jobs on {@code launcher}, and in a single run.
   *
   * @throws AssertionError saying which event went missing or came out of order
   */
  public static void assertOrdering(List<Callback> callbacks, int jobs, Launcher launcher) {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    App app = QuietApp.named("laws")
        .launcher(launcher)
        .command(Command.of("job", inv -> inv.overrides()).config(ConfigSpec.of("job", Map.of("n", 0))));
    app = app.callback("probe 0", new EventProbe(0, log));
    for (int i = 0; i < callbacks.size(); i++) {
      app = app.callback("yours " + i, callbacks.get(i)).callback("probe " + (i + 1), new EventProbe(i + 1, log));
    }
    int probes = callbacks.size() + 1;

    StringBuilder sweep = new StringBuilder("n=");
    for (int j = 0; j < jobs; j++) {
      sweep.append(j == 0 ? "" : ",").append(j);
    }
    Outcome multirun = app.invoke("job", "-m", sweep.toString());
    check(multirun.jobs().size() == jobs, "the multirun returned " + multirun.jobs().size() + " jobs, not " + jobs);
    List<String> multirunEvents = EventProbe.of(log, "M");
    check(EventProbe.expected("M", probes, "").equals(multirunEvents), "multirun events out of order: " + multirunEvents);
    for (int j = 0; j < jobs; j++) {
      List<String> seen = EventProbe.ofJob(log, j);
      check(EventProbe.expected("J", probes, " #" + j).equals(seen), "job " + j + " events out of order: " + seen);
    }

    log.clear();
    app.invoke("job");
    List<String> runEvents = EventProbe.of(log, "R");
    check(EventProbe.expected("R", probes, "").equals(runEvents), "run events out of order: " + runEvents);
  }

  private static void check(boolean holds, String message) {
    if (!holds) {
      throw new AssertionError(message);
    }
  }
}

package io.hookline.testkit;

import io.hookline.App;
import io.hookline.Outcome;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.command.Command;
import io.hookline.command.DefaultHooks;
import io.hookline.command.Hooks;
import io.hookline.command.Stage;
import io.hookline.config.LoadOptions;
import io.hookline.launch.Launcher;
import io.hookline.launch.OutputDirs;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A ready-made check that your callbacks keep the start/end ordering: run beside probes in a real multirun, they must
 * let every event through in order, so that starts reach the callbacks in registration order, ends in reverse, and
 * each start has exactly one end. A callback that blocks, throws an {@link Error}, or swallows the run breaks it.
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
    App app = App.named("laws")
        .hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
            DefaultHooks.load(LoadOptions.defaults().withoutWriting())))
        .outputs(OutputDirs.off())
        .launcher(launcher)
        .output(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()))
        .command(Command.of("job", inv -> inv.overrides()).withConfig(io.hookline.config.ConfigSpec.of("job",
            java.util.Map.of("n", 0))));
    app = app.callback("probe 0", new Probe(0, log));
    for (int i = 0; i < callbacks.size(); i++) {
      app = app.callback("yours " + i, callbacks.get(i)).callback("probe " + (i + 1), new Probe(i + 1, log));
    }
    int probes = callbacks.size() + 1;

    StringBuilder sweep = new StringBuilder("n=");
    for (int j = 0; j < jobs; j++) {
      sweep.append(j == 0 ? "" : ",").append(j);
    }
    Outcome multirun = app.invoke("job", "-m", sweep.toString());
    check(multirun.jobs().size() == jobs, "the multirun returned " + multirun.jobs().size() + " jobs, not " + jobs);
    check(events(log, "M", probes, "").equals(filter(log, "M")), "multirun events out of order: " + filter(log, "M"));
    for (int j = 0; j < jobs; j++) {
      String suffix = " #" + j;
      List<String> seen = log.stream().filter(line -> line.endsWith(suffix)).toList();
      check(events(log, "J", probes, suffix).equals(seen), "job " + j + " events out of order: " + seen);
    }

    log.clear();
    app.invoke("job");
    check(events(log, "R", probes, "").equals(filter(log, "R")), "run events out of order: " + filter(log, "R"));
  }

  private static List<String> filter(List<String> log, String kind) {
    return log.stream().filter(line -> line.startsWith(kind)).toList();
  }

  private static List<String> events(List<String> log, String kind, int probes, String suffix) {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < probes; i++) {
      expected.add(kind + "< " + i + suffix);
    }
    for (int i = probes - 1; i >= 0; i--) {
      expected.add(kind + "> " + i + suffix);
    }
    return expected;
  }

  private static void check(boolean holds, String message) {
    if (!holds) {
      throw new AssertionError(message);
    }
  }

  /** Logs each event it sees, with its position among the probes. */
  private record Probe(int index, List<String> log) implements Callback {
    @Override
    public void onRunStart(RunContext run) {
      log.add("R< " + index);
    }

    @Override
    public void onRunEnd(RunContext run, JobReturn result) {
      log.add("R> " + index);
    }

    @Override
    public void onMultirunStart(RunContext run) {
      log.add("M< " + index);
    }

    @Override
    public void onMultirunEnd(RunContext run, List<JobReturn> results) {
      log.add("M> " + index);
    }

    @Override
    public void onJobStart(JobContext job) {
      log.add("J< " + index + " #" + job.number());
    }

    @Override
    public void onJobEnd(JobContext job, JobReturn result) {
      log.add("J> " + index + " #" + job.number());
    }
  }
}

package io.hookline.benchmarks.process;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.OutputDirs;
import io.hookline.callback.Callback;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.launch.Launcher;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * The memory a multirun retains per job: {@code SweepMemory N} runs an N-job sweep of a trivial command on
 * {@code parallel(8)} (each job returns its config, a small map), and in {@code onMultirunEnd}, with every return at hand, collects the garbage and prints the heap
 * in use, in bytes. The per-job figure is the difference between two sizes over the difference of their job counts.
 * The system property {@code outputs=on} turns output directories (and so the journal) on.
 */
public final class SweepMemory {

  private SweepMemory() {}

  /** Runs the sweep and prints {@code jobs heapBytes}. */
  public static void main(String[] args) {
    int jobs = Integer.parseInt(args[0]);
    long[] used = new long[1];
    Callback measure = new Callback() {
      @Override
      public void onMultirunEnd(RunContext run, List<JobReturn> results) {
        if (results.size() != jobs) {
          throw new IllegalStateException(results.size() + " returns for " + jobs + " jobs");
        }
        for (int i = 0; i < 3; i++) {
          System.gc();
        }
        used[0] = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      }
    };
    App app = App.named("memory")
        .outputs(Boolean.getBoolean("outputs") ? OutputDirs.defaults() : OutputDirs.off())
        .launcher(Launcher.parallel(8))
        .callback("measure", measure)
        .command(Command.of("job", inv -> inv.configs().get("point")).config(ConfigSpec.of("point", Map.of("n", 0))));
    int code = app.wake("job", "-m", "n=range(" + jobs + ")");
    System.out.println(jobs + " " + used[0]);
    System.exit(code);
  }
}

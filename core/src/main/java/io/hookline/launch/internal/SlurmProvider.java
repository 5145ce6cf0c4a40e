package io.hookline.launch.internal;

import io.hookline.Provider;
import io.hookline.launch.Launcher;
import io.hookline.launch.SlurmLauncher;
import io.hookline.provider.internal.BuiltInProvider;
import java.util.Arrays;
import java.util.List;

/** Provides {@code launcher=slurm}: {@link Launcher#slurm()}, with its options from the command line. */
public final class SlurmProvider extends BuiltInProvider<Launcher> implements Launcher.Provider {

  /** Creates the provider, as {@link java.util.ServiceLoader} does. */
  public SlurmProvider() {
    super("slurm", "the jobs as one SLURM job array",
        List.of("partition", "the partition (--partition)",
            "time", "each task's time limit (--time), such as 30 or 2:00:00",
            "cpus", "CPUs per task (--cpus-per-task)",
            "mem", "memory per task (--mem), such as 4G",
            "parallel", "tasks at once (the %k of --array)",
            "retries", "times a lost task is submitted again (default 0)",
            "jobsPerTask", "jobs each task runs, one after the other in one JVM (default 1)",
            "poll", "seconds between looks at squeue (default 1)",
            "args", "more sbatch arguments, separated by spaces",
            "env.NAME", "a variable for the tasks' environment"),
        SlurmProvider::slurm);
  }

  private static Launcher slurm(Provider.Options options) {
    SlurmLauncher slurm = Launcher.slurm();
    slurm = slurm.withPollInterval(options.seconds("poll", slurm.pollInterval()))
        .withRetries(options.count("retries", 0, 0)).withJobsPerTask(options.count("jobsPerTask", 1, 1));
    if (options.has("cpus")) {
      slurm = slurm.withCpusPerTask(options.count("cpus", 1, 1));
    }
    if (options.has("parallel")) {
      slurm = slurm.withParallel(options.count("parallel", 1, 1));
    }
    slurm = options.text("partition").map(slurm::withPartition).orElse(slurm);
    slurm = options.text("time").map(slurm::withTimeLimit).orElse(slurm);
    slurm = options.text("mem").map(slurm::withMemory).orElse(slurm);
    slurm = options.text("args").map(args -> Arrays.asList(args.strip().split("\\s+")))
        .map(slurm::withSbatchArguments).orElse(slurm);
    for (var variable : options.family("env.").entrySet()) {
      slurm = slurm.withEnvironment(variable.getKey(), variable.getValue());
    }
    return slurm;
  }
}

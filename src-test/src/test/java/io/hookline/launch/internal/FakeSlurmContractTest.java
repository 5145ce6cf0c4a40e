package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.Launcher;
import io.hookline.launch.SlurmLauncher;
import io.hookline.launch.WorkerLauncher;
import io.hookline.testkit.ContractApp;
import io.hookline.testkit.LauncherContract;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The launcher contract on SLURM's job arrays, submitted to a cluster in this JVM ({@link FakeSlurm}) whose tasks run
 * jobs through the program's worker entry point: the controller's side of the SLURM launcher where a mutation tester
 * sees it. {@code SlurmLauncherContractTest} runs the same contract on a real cluster.
 */
class FakeSlurmContractTest extends LauncherContract {

  /** The SLURM launcher's array, on {@code cluster}, as a launcher. */
  static WorkerLauncher onCluster(SlurmLauncher options, FakeSlurm cluster) {
    return new WorkerLauncher() {
      @Override
      public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
        new SlurmArray(options, List.of("program"), cluster).run(jobs, ended);
      }

      @Override
      public String name() {
        return "slurm";
      }
    };
  }

  @Override
  protected Launcher launcher(List<String> workerCommand) {
    return onCluster(Launcher.slurm().withPollInterval(Duration.ofMillis(20)).withParallel(2),
        new FakeSlurm().program(ContractApp::worker));
  }

  @Override
  protected boolean workersAreProcesses() {
    return false;
  }
}

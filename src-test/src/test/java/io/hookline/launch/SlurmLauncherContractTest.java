package io.hookline.launch;

import io.hookline.architecture.StartsProcesses;
import io.hookline.testkit.LauncherContract;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The SLURM launcher keeps the launcher contract, on a real single-node cluster ({@link SlurmCluster}). */
@StartsProcesses
class SlurmLauncherContractTest extends LauncherContract {

  private static SlurmCluster cluster;

  @BeforeContainer
  static void startTheCluster() throws Exception {
    cluster = SlurmCluster.start();
  }

  @AfterContainer
  static void stopTheCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Override
  protected Launcher launcher(List<String> workerCommand) {
    SlurmLauncher slurm = Launcher.slurm().withPollInterval(Duration.ofMillis(200)).withWorkerCommand(workerCommand);
    for (var variable : cluster.environment().entrySet()) {
      slurm = slurm.withEnvironment(variable.getKey(), variable.getValue());
    }
    return slurm;
  }

  @Override
  protected Duration patience() {
    return Duration.ofMinutes(2);
  }
}

package io.hookline.launch;

import io.hookline.architecture.StartsProcesses;
import java.util.List;

/**
 * The SLURM launcher with three jobs per array task keeps the launcher contract, on a real single-node cluster: the
 * tasks run their jobs one after the other, each in one worker JVM.
 */
@StartsProcesses
class BatchedSlurmLauncherContractTest extends SlurmLauncherContractTest {

  @Override
  protected Launcher launcher(List<String> workerCommand) {
    return ((SlurmLauncher) super.launcher(workerCommand)).withJobsPerTask(3);
  }
}

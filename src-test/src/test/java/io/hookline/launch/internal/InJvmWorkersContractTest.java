package io.hookline.launch.internal;

import io.hookline.launch.Launcher;
import io.hookline.testkit.ContractApp;
import io.hookline.testkit.LauncherContract;
import java.util.List;

/**
 * The launcher contract with workers that are threads of this JVM, run through the program's worker entry point: the
 * worker's side of a sweep (the plan, the job, its return) and the controller's reading of it, where a mutation
 * tester sees them. The process launcher's own suite runs the same contract with real child JVMs.
 */
class InJvmWorkersContractTest extends LauncherContract {
  @Override
  protected Launcher launcher(List<String> workerCommand) {
    return new InJvmWorkers(2, ContractApp::worker);
  }

  @Override
  protected boolean workersAreProcesses() {
    return false;
  }
}

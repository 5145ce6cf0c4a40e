package io.hookline.launch.contract;

import io.hookline.architecture.StartsProcesses;
import io.hookline.launch.Launcher;
import io.hookline.testkit.LauncherContract;
import java.util.List;

/** The process launcher with reuse keeps the launcher contract, with real child JVMs that run job after job. */
@StartsProcesses
class ReusingProcessLauncherContractTest extends LauncherContract {
  @Override
  protected Launcher launcher(List<String> workerCommand) {
    return Launcher.process(2).withReuse(true).withWorkerCommand(workerCommand);
  }
}

package io.hookline.launch.contract;

import io.hookline.architecture.StartsProcesses;
import io.hookline.launch.Launcher;
import io.hookline.testkit.LauncherContract;
import java.util.List;

/** The process launcher keeps the launcher contract, with real child JVMs as its workers. */
@StartsProcesses
class ProcessLauncherContractTest extends LauncherContract {
  @Override
  protected Launcher launcher(List<String> workerCommand) {
    return Launcher.process(2).withWorkerCommand(workerCommand);
  }
}

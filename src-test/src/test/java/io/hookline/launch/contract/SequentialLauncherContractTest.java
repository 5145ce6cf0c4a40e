package io.hookline.launch.contract;

import io.hookline.launch.Launcher;
import io.hookline.testkit.LauncherContract;
import java.util.List;

/** The sequential launcher keeps the launcher contract. */
class SequentialLauncherContractTest extends LauncherContract {
  @Override
  protected Launcher launcher(List<String> workerCommand) {
    return Launcher.sequential();
  }
}

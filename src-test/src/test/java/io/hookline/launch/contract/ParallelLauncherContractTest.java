package io.hookline.launch.contract;

import io.hookline.launch.Launcher;
import io.hookline.testkit.LauncherContract;
import java.util.List;

/** The parallel launcher keeps the launcher contract. */
// tag::contract[]
class ParallelLauncherContractTest extends LauncherContract {
  @Override
  protected Launcher launcher(List<String> workerCommand) {
    return Launcher.parallel(3);
  }
}
// end::contract[]

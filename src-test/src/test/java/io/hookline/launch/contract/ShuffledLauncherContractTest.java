package io.hookline.launch.contract;

import io.hookline.launch.Launcher;
import io.hookline.testkit.LauncherContract;
import java.util.List;
import org.acme.launch.ShuffledLauncher;

/** A launcher from another jar, which hands returns on out of job order, keeps the launcher contract. */
class ShuffledLauncherContractTest extends LauncherContract {
  @Override
  protected Launcher launcher(List<String> workerCommand) {
    return new ShuffledLauncher(2, 11);
  }
}

package io.hookline.launch.internal;

import io.hookline.launch.Launcher;
import io.hookline.testkit.ContractApp;
import io.hookline.testkit.LauncherContract;
import java.util.List;

/**
 * The launcher contract with one serving worker, a thread of this JVM fed the jobs' numbers on its standard input: the
 * serving side of a reused worker ({@code Serving}) where a mutation tester sees it. {@code ProcessReuseTest} serves
 * from real child JVMs.
 */
class InJvmServerContractTest extends LauncherContract {
  @Override
  protected Launcher launcher(List<String> workerCommand) {
    return new InJvmServer(ContractApp::worker);
  }

  @Override
  protected boolean workersAreProcesses() {
    return false;
  }
}

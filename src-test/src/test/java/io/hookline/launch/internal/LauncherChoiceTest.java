package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.failure.InputException;
import io.hookline.launch.Launcher;
import io.hookline.launch.ProcessLauncher;
import io.hookline.launch.SlurmLauncher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher and its options are picked on the command line and taken out of the overrides. */
class LauncherChoiceTest {

  private static LauncherChoice choose(String... arguments) {
    return LauncherChoice.from(List.of(arguments), Launcher.sequential());
  }

  @Test
  void theProcessLauncherTakesWorkersAndRetries() {
    LauncherChoice choice = choose("lr=0.1", "launcher=process", "launcher.workers=3", "launcher.retries=2", "n=1");

    assertThat(choice.chosen()).isTrue();
    assertThat(choice.overrides()).containsExactly("lr=0.1", "n=1");
    ProcessLauncher launcher = (ProcessLauncher) choice.launcher();
    assertThat(launcher.workers()).isEqualTo(3);
    assertThat(launcher.retries()).isEqualTo(2);
    assertThat(launcher.runsJobsElsewhere()).isTrue();
  }

  @Test
  void theSlurmLauncherTakesEveryOption() {
    SlurmLauncher launcher = (SlurmLauncher) choose("launcher=slurm", "launcher.partition=debug", "launcher.time=30",
        "launcher.cpus=2", "launcher.mem=4G", "launcher.parallel=5", "launcher.retries=1", "launcher.poll=0.25",
        "launcher.args=--qos=low --account=ml", "launcher.env.DATA=/scratch").launcher();

    assertThat(launcher.partition()).contains("debug");
    assertThat(launcher.timeLimit()).contains("30");
    assertThat(launcher.cpusPerTask()).isEqualTo(2);
    assertThat(launcher.memory()).contains("4G");
    assertThat(launcher.parallel()).isEqualTo(5);
    assertThat(launcher.retries()).isEqualTo(1);
    assertThat(launcher.pollInterval()).isEqualTo(Duration.ofMillis(250));
    assertThat(launcher.sbatchArguments()).containsExactly("--qos=low", "--account=ml");
    assertThat(launcher.environment()).isEqualTo(Map.of("DATA", "/scratch"));
  }

  @Test
  void anOptionOfAnotherLauncherIsAnErrorThatNamesItsLauncher() {
    assertThatThrownBy(() -> choose("launcher=process", "launcher.partition=debug"))
        .isInstanceOf(InputException.class)
        .hasMessage("launcher.partition applies to launcher=slurm, not launcher=process");
    assertThatThrownBy(() -> choose("launcher.retries=1"))
        .hasMessage("launcher.retries applies to launcher=process and launcher=slurm; name the launcher too");
    assertThatThrownBy(() -> choose("launcher=process", "launcher.wrkers=2"))
        .hasMessageStartingWith("unknown launcher option 'launcher.wrkers'; did you mean 'workers'?");
    assertThatThrownBy(() -> choose("launcher=slurm", "launcher.poll=0"))
        .hasMessage("launcher.poll must be a number of seconds above 0, not '0'");
    assertThatThrownBy(() -> choose("launcher=process", "launcher.retries=-1"))
        .hasMessage("launcher.retries must be a whole number of at least 0, not '-1'");
  }
}

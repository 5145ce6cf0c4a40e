package io.hookline.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The process and SLURM launchers' options as a program sets them: each one read back as set, the others left as they
 * were, the defaults, what each says it is, and the one-line refusal of a value out of range. Running on them is the
 * launchers' own suites'.
 */
class LauncherOptionsTest {

  @Test
  void theProcessLaunchersOptionsReadBackAsSet() {
    ProcessLauncher plain = Launcher.process(3);
    assertThat(plain.workers()).isEqualTo(3);
    assertThat(plain.retries()).isZero();
    assertThat(plain.reuse()).isFalse();
    assertThat(plain.workerCommand()).isEmpty();
    assertThat(plain.name()).isEqualTo("process");
    assertThat(plain).hasToString("process(3)");

    ProcessLauncher set = plain.withRetries(2).withReuse(true).withWorkerCommand(List.of("java", "-jar", "app.jar"));
    assertThat(set.workers()).isEqualTo(3);
    assertThat(set.retries()).isEqualTo(2);
    assertThat(set.reuse()).isTrue();
    assertThat(set.workerCommand()).hasValue(List.of("java", "-jar", "app.jar"));
    assertThat(set).hasToString("process(3, retries 2, reuse)");
    assertThat(Launcher.process(1).withRetries(1)).hasToString("process(1, retries 1)");
  }

  @Test
  void theProcessLauncherRefusesWhatCannotRun() {
    assertThatThrownBy(() -> Launcher.process(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a process launcher needs at least one worker, not 0");
    assertThatThrownBy(() -> Launcher.process(1).withRetries(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retries cannot be negative: -1");
    assertThat(Launcher.process(1).withRetries(0).retries()).isZero();
  }

  @Test
  void theSlurmLaunchersOptionsReadBackAsSet() {
    SlurmLauncher plain = Launcher.slurm();
    assertThat(plain.partition()).isEmpty();
    assertThat(plain.timeLimit()).isEmpty();
    assertThat(plain.cpusPerTask()).isZero();
    assertThat(plain.memory()).isEmpty();
    assertThat(plain.parallel()).isZero();
    assertThat(plain.sbatchArguments()).isEmpty();
    assertThat(plain.environment()).isEmpty();
    assertThat(plain.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(plain.retries()).isZero();
    assertThat(plain.jobsPerTask()).isEqualTo(1);
    assertThat(plain.workerCommand()).isEmpty();
    assertThat(plain.name()).isEqualTo("slurm");
    assertThat(plain).hasToString("slurm(default partition)");

    SlurmLauncher set = plain.withPartition("gpu").withTimeLimit("1:00:00").withCpusPerTask(4).withMemory("8G")
        .withParallel(5).withSbatchArguments(List.of("--qos=low")).withEnvironment("A", "1").withEnvironment("B", "2")
        .withPollInterval(Duration.ofMillis(250)).withRetries(2).withJobsPerTask(3)
        .withWorkerCommand(List.of("java", "-jar", "app.jar"));
    assertThat(List.of(set.partition(), set.timeLimit(), set.memory())).containsExactly(Optional.of("gpu"),
        Optional.of("1:00:00"), Optional.of("8G"));
    assertThat(List.of(set.cpusPerTask(), set.parallel(), set.retries(), set.jobsPerTask())).containsExactly(4, 5, 2,
        3);
    assertThat(set.sbatchArguments()).containsExactly("--qos=low");
    assertThat(set.environment()).isEqualTo(Map.of("A", "1", "B", "2"));
    assertThat(set.pollInterval()).isEqualTo(Duration.ofMillis(250));
    assertThat(set.workerCommand()).hasValue(List.of("java", "-jar", "app.jar"));
    assertThat(set).hasToString("slurm(partition gpu, 5 at once, retries 2, 3 jobs per task)");
    assertThat(plain.withParallel(1).withRetries(1).withJobsPerTask(2))
        .hasToString("slurm(default partition, 1 at once, retries 1, 2 jobs per task)");
  }

  @Test
  void theSlurmLauncherRefusesWhatCannotRun() {
    assertThatThrownBy(() -> Launcher.slurm().withCpusPerTask(0)).hasMessage("CPUs per task cannot be below 1: 0");
    assertThatThrownBy(() -> Launcher.slurm().withParallel(0)).hasMessage("tasks at once cannot be below 1: 0");
    assertThatThrownBy(() -> Launcher.slurm().withRetries(-1)).hasMessage("retries cannot be below 0: -1");
    assertThatThrownBy(() -> Launcher.slurm().withJobsPerTask(0)).hasMessage("jobs per task cannot be below 1: 0");
    assertThatThrownBy(() -> Launcher.slurm().withPollInterval(Duration.ZERO))
        .hasMessage("the poll interval must be positive, not PT0S");
    assertThat(Launcher.slurm().withCpusPerTask(1).cpusPerTask()).isEqualTo(1);
    assertThat(Launcher.slurm().withJobsPerTask(1).jobsPerTask()).isEqualTo(1);
  }
}

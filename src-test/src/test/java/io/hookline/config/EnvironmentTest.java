package io.hookline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.ConfigSpec;
import io.hookline.architecture.StartsProcesses;
import io.hookline.config.internal.EnvironmentNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environment variables as a config's source ({@code withEnvironmentPrefix}): the names of the variables, their place
 * between the file and the command line, the help that lists them, and a bad value named by its variable. The program
 * runs in a JVM of its own, with the environment the test gives it.
 */
class EnvironmentTest {

  @TempDir
  Path dir;

  /** A program's exit code and what it printed on each stream. */
  record Ran(int code, String out, String err) {}

  private Ran run(Map<String, String> environment, String... args) throws Exception {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dtrainer.dir=" + dir, "-cp", System.getProperty("java.class.path"), EnvironmentApp.class.getName()));
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line);
    builder.environment().keySet().removeIf(name -> name.startsWith("TRAINER_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), out, err);
  }

  @Test
  void eachKeyHasItsVariable() {
    assertThat(EnvironmentNames.of("TRAINER_", "lr")).isEqualTo("TRAINER_LR");
    assertThat(EnvironmentNames.of("TRAINER_", "optim.momentum")).isEqualTo("TRAINER_OPTIM_MOMENTUM");
    assertThat(EnvironmentNames.of("TRAINER_", "warmupSteps")).isEqualTo("TRAINER_WARMUP_STEPS");
    assertThat(EnvironmentNames.of("APP", "data-dir.maxURLs")).isEqualTo("APPDATA_DIR_MAX_URLS");
    assertThat(ConfigSpec.of(EnvironmentApp.Train.class).withEnvironmentPrefix("TRAINER_").environmentVariables())
        .containsExactly(Map.entry("lr", "TRAINER_LR"), Map.entry("warmupSteps", "TRAINER_WARMUP_STEPS"),
            Map.entry("optim.name", "TRAINER_OPTIM_NAME"), Map.entry("optim.momentum", "TRAINER_OPTIM_MOMENTUM"));
  }

  /** Two keys that would read one variable. */
  public record Clash(int aB, Inner a) {
    /** Its nested part. */
    public record Inner(int b) {}
  }

  @Test
  void twoKeysOfOneVariableAndABadPrefixAreRefusedWhenDeclared() {
    assertThatThrownBy(() -> ConfigSpec.of(Clash.class).withEnvironmentPrefix("X_"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("config 'clash': keys 'aB' and 'a.b' would both be read from the environment variable X_A_B");
    assertThatThrownBy(() -> ConfigSpec.of(Clash.class).withEnvironmentPrefix("x_"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upper-case letters");
  }

  @StartsProcesses
  @Test
  void theEnvironmentWinsOverTheFileAndTheCommandLineOverBoth() throws Exception {
    Files.writeString(dir.resolve("train.yaml"), "lr: 0.2\nwarmupSteps: 1\noptim:\n  name: adam\n");
    Map<String, String> environment = Map.of("TRAINER_LR", "0.3", "TRAINER_WARMUP_STEPS", "5",
        "TRAINER_OPTIM_MOMENTUM", "0.8");

    Ran fromEnvironment = run(environment, "train");
    Ran fromLine = run(environment, "train", "lr=0.5");
    Ran fromFile = run(Map.of(), "train");

    assertThat(fromEnvironment.code()).as(fromEnvironment.err()).isZero();
    assertThat(fromEnvironment.out()).isEqualTo("Train[lr=0.3, warmupSteps=5, optim=Optim[name=adam, momentum=0.8]]\n");
    assertThat(fromLine.out()).isEqualTo("Train[lr=0.5, warmupSteps=5, optim=Optim[name=adam, momentum=0.8]]\n");
    assertThat(fromFile.out()).isEqualTo("Train[lr=0.2, warmupSteps=1, optim=Optim[name=adam, momentum=0.9]]\n");
  }

  @StartsProcesses
  @Test
  void withoutAFileTheEnvironmentSetsTheDefaults() throws Exception {
    Ran ran = run(Map.of("TRAINER_OPTIM_NAME", "rmsprop"), "train", "--train-path", "absent.yaml");

    assertThat(ran.code()).as(ran.err()).isZero();
    assertThat(ran.out()).isEqualTo("Train[lr=0.1, warmupSteps=0, optim=Optim[name=rmsprop, momentum=0.9]]\n");
  }

  @StartsProcesses
  @Test
  void aBadValueIsOneLineNamingItsVariable() throws Exception {
    Ran ran = run(Map.of("TRAINER_WARMUP_STEPS", "many"), "train");

    assertThat(ran.code()).isEqualTo(2);
    assertThat(ran.err().lines()).hasSize(1).first().asString().startsWith("trainer: ")
        .contains("environment variable TRAINER_WARMUP_STEPS").doesNotContain("\tat ");
  }

  @StartsProcesses
  @Test
  void theHelpListsEachKeysVariable() throws Exception {
    Ran ran = run(Map.of(), "train", "--help");

    assertThat(ran.out()).contains("""
          train::lr               double   0.1   $TRAINER_LR
          train::warmupSteps      int      0     $TRAINER_WARMUP_STEPS
          train::optim.name       String   sgd   $TRAINER_OPTIM_NAME
          train::optim.momentum   double   0.9   $TRAINER_OPTIM_MOMENTUM
        """);
  }
}

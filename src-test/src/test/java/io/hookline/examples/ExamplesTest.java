package io.hookline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Outcome;
import io.hookline.callback.JobReturn;
import io.hookline.examples.composed.ComposedTrainerApp;
import io.hookline.examples.deploy.DeployApp;
import io.hookline.examples.factory.FactoryApp;
import io.hookline.examples.trainer.Metrics;
import io.hookline.examples.trainer.TrainerApp;
import io.hookline.examples.trainer.TunedTrainerApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example programs do what their documentation says. */
class ExamplesTest {

  @TempDir
  Path dir;

  /** Runs {@code call} with standard output captured, and returns what it printed and returned. */
  private static <T> Printed<T> printed(Callable<T> call) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return new Printed<>(call.call(), captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  private record Printed<T>(T value, String out) {}

  @Test
  void theComposedTrainerSweepsEveryOptimizerOnBothDataSetsOnItsComposedLauncher() throws Exception {
    Printed<Outcome> run = printed(() -> ComposedTrainerApp.app(dir).invoke("train", "-m", "optimizer=glob(*)",
        "data=digits,letters"));

    assertThat(run.value().exitCode()).isEqualTo(Outcome.OK);
    assertThat(run.value().jobs()).extracting(job -> String.join(" ", job.overrides())).containsExactly(
        "optimizer=adam data=digits", "optimizer=adam data=letters", "optimizer=sgd data=digits",
        "optimizer=sgd data=letters");
    assertThat(run.out()).contains("trained adam lr=0.01 epochs=5 on letters: loss ", "trained sgd lr=0.1 epochs=5 on"
        + " digits: loss ", "Summary written to ");
    Path sweep = run.value().jobs().get(0).outputDir().getParent();
    assertThat(sweep.resolve("summary.md")).exists();
    assertThat(Files.readString(run.value().jobs().get(1).outputDir().resolve(".hookline/config.yaml")))
        .contains("train:\n  epochs: 5\n  lr: 0.01\n  optimizer: adam\n", "data:\n  name: letters\n  batchSize: 64\n",
            "  choices:\n    optimizer: adam\n    data: letters\n");    // each job, run on the parallel launcher, logs to its own train.log, and nothing else's
    List<String> log = Files.readAllLines(run.value().jobs().get(1).outputDir().resolve("train.log"));
    assertThat(log).hasSize(2);
    assertThat(log.get(0)).endsWith("[io.hookline.examples.composed.ComposedTrainerApp][INFO] - training adam lr=0.01"
        + " on letters");
    assertThat(log.get(1)).contains("[INFO] - trained: loss ");
  }

  @Test
  void theComposedTrainersHelpListsItsGroupsAndKeyPaths() throws Exception {
    Printed<Outcome> run = printed(() -> ComposedTrainerApp.app(dir).output(System.out, System.err)
        .invoke("train", "--help"));
    assertThat(run.out()).contains("""
        Config groups (choose with group=option; sweep with -m group=a,b or group=glob(*)):
          optimizer              sgd       adam, sgd
          data                   digits    digits, letters
          hookline/job_logging   default   default, disabled, none
        """, "  train.epochs      int             5\n");
  }

  @Test
  void theTrainerTrainsWithItsConfigFilesWrittenOnTheFirstRun() throws Exception {
    Printed<Outcome> run = printed(() -> TrainerApp.app(dir).invoke("train", "lr=0.3", "optimizer=adam"));

    assertThat(run.value().exitCode()).isEqualTo(Outcome.OK);
    assertThat(run.value().result()).isInstanceOf(Metrics.class);
    assertThat(run.out()).startsWith("trained adam lr=0.3 epochs=5 on digits: loss ");
    assertThat(dir.resolve("trainconfig.yaml")).hasContent(
        "epochs: 5\nlr: 0.1\noptimizer: sgd\nlayers:\n  - 64\n  - 32");
    assertThat(dir.resolve("dataconfig.yaml")).hasContent("name: digits\nbatchSize: 32");
  }

  @Test
  void theTrainersSweepIsSummedUpAndEachResultWritten() throws Exception {
    Printed<Outcome> run = printed(() -> TrainerApp.app(dir).invoke("train", "-m", "lr=0.01,0.3", "epochs=5,20"));

    assertThat(run.value().jobs()).hasSize(4).allMatch(JobReturn::completed);
    Path sweep = run.value().jobs().get(0).outputDir().getParent();
    assertThat(Files.readString(sweep.resolve("summary.md")))
        .startsWith("| job | overrides | outcome |\n|---:|---|---|\n| 3 | lr=0.3 epochs=20 | ");
    for (JobReturn job : run.value().jobs()) {
      assertThat(job.outputDir().resolve(".hookline/job_return.json")).exists();
    }
  }

  @Test
  void theTunedTrainerHalvesItsCandidatesUpTo27Epochs() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Printed<Outcome> run = printed(() -> TunedTrainerApp.app(dir).output(System.out, new PrintStream(err, true,
        StandardCharsets.UTF_8)).invoke("train", "-m", "lr=loguniform(0.001,3)", "optimizer=sgd,adam"));

    assertThat(run.value().exitCode()).isEqualTo(Outcome.OK);
    assertThat(run.value().jobs()).hasSize(27 + 9 + 3 + 1);
    for (int epochs : new int[] {1, 3, 9, 27}) {
      assertThat(run.value().jobs()).as("epochs=%d", epochs)
          .filteredOn(job -> job.overrides().contains("epochs=" + epochs)).hasSize(27 / epochs);
    }
    assertThat(run.out()).contains("| 39 | lr=").contains(" epochs=27 | loss ");
    assertThat(err.toString(StandardCharsets.UTF_8)).matches("trainer: multirun, its first batch of 27 jobs, on launcher"
        + " parallel, in .*\n"
        + "trainer: multirun of 40 jobs: 40 completed, 0 failed, 0 interrupted \\(in .*\\)\n"
        + "trainer: best: job #39 \\[lr=0.3473195022457076, optimizer=adam, epochs=27]: loss 0.0100, accuracy"
        + " 99.0%\n");
  }

  @Test
  void theTrainerRejectsABadLearningRateAsBadInput() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Outcome outcome = TrainerApp.app(dir).output(System.out, new PrintStream(err, true, StandardCharsets.UTF_8))
        .invoke("train", "lr=20");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("trainer: config 'trainconfig': lr must be between 0 and 10, not 20.0 (command line: lr=20)\n");
  }

  @Test
  void theFactoryGivesTheCommandAndTheDeclaredCallbackWhatReflectionCannot() throws Exception {
    Files.writeString(dir.resolve("callbacks.yaml"), """
        callbacks:
          audit:
            _target_: io.hookline.examples.factory.Audit
            label: audited
        """);
    List<String> log = new ArrayList<>();

    Outcome morning = FactoryApp.app(dir, () -> 9, log).invoke("greet", "name=Ada");
    Outcome evening = FactoryApp.app(dir, () -> 20, log).invoke("greet");

    assertThat(morning.exitCode()).isEqualTo(Outcome.OK);
    assertThat(morning.jobs().get(0).value()).isEqualTo("Good morning, Ada!");
    assertThat(evening.jobs().get(0).value()).isEqualTo("Good evening, world!");
    assertThat(log).containsExactly("audited: greet COMPLETED", "audited: greet COMPLETED");
  }

  @Test
  void theTrainerEvaluates() throws Exception {
    Printed<Outcome> run = printed(() -> TrainerApp.app(dir).invoke("evaluate", "threshold=0.5"));
    assertThat(run.value().exitCode()).isEqualTo(Outcome.OK);
    assertThat(run.out()).contains("passes the 50% bar");
  }

  @Test
  void deployRunsItsHookPipeline() throws Exception {
    Printed<Outcome> rollout = printed(() -> DeployApp.app(dir).invoke("rollout"));
    assertThat(rollout.out()).startsWith("== rollout staging ==\n  replica 1/2 runs 1.0.0\n  replica 2/2 runs 1.0.0\n")
        .containsPattern("rollout took \\d+ ms\n$");

    Printed<Outcome> dryRun = printed(() -> DeployApp.app(dir).invoke("rollout", "--dry-run", "replicas=5"));
    assertThat(dryRun.out()).isEqualTo("== rollout staging ==\nwould roll out 1.0.0 to 5 replicas in staging\n");
    assertThat(dryRun.value().result()).isEqualTo("would roll out 1.0.0 to 5 replicas in staging");

    Printed<Outcome> status = printed(() -> DeployApp.app(dir).invoke("status"));
    assertThat(status.out()).doesNotContain("==").containsPattern("^status took \\d+ ms\n$");
    assertThat(status.value().result()).isEqualTo("staging: 2 replicas of 1.0.0");
  }
}

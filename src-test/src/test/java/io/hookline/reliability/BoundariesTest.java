package io.hookline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Failure;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.RunContext;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.LocalLauncher.Job;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boundaries of the failure model under real faults: each returns an outcome, nothing is lost,
 * {@code onMultirunEnd} gets every return, and the exit code follows the published precedence.
 */
class BoundariesTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicReference<List<JobReturn>> multirunEnd = new AtomicReference<>();
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  private App app(Path root, Launcher launcher, Callback... more) {
    App app = App.named("faults")
        .directory(dir)
        .outputs(OutputDirs.defaults().under(root))
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .launcher(launcher)
        .command(Command.of("job", inv -> "done " + inv.overrides())
            .config(ConfigSpec.of("params", Map.of("n", 0, "label", "a label that takes some room"))))
        .callback("recorder", new Callback() {
          @Override
          public void onRunStart(RunContext run) {
            events.add("run start");
          }

          @Override
          public void onMultirunStart(RunContext run) {
            events.add("multirun start");
          }

          @Override
          public void onMultirunEnd(RunContext run, List<JobReturn> results) {
            events.add("multirun end");
            multirunEnd.set(results);
          }
        });
    for (int i = 0; i < more.length; i++) {
      app = app.callback("more " + i, more[i]);
    }
    return app;
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String sweep(int jobs) {
    StringBuilder values = new StringBuilder("n=");
    for (int i = 0; i < jobs; i++) {
      values.append(i == 0 ? "" : ",").append(i);
    }
    return values.toString();
  }

  @Test
  void anOutputRootThatIsAFileIsAnInfrastructureFailureInOneLineBeforeAnyEvent() throws IOException {
    Path file = Files.writeString(dir.resolve("outputs-here"), "a file, not a folder");

    Outcome single = app(file, Launcher.sequential()).outputs(OutputDirs.defaults().forRuns().under(file))
        .invoke("job");
    Outcome multi = app(file, Launcher.sequential()).invoke("job", "-m", "n=1,2");

    for (Outcome outcome : List.of(single, multi)) {
      assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
      assertThat(outcome.failure().kind()).isEqualTo(Failure.Kind.INFRASTRUCTURE);
    }
    assertThat(err()).hasLineCount(2).doesNotContain("\tat ").startsWith("faults: cannot create an output directory");
    assertThat(events).isEmpty();
  }

  @StartsProcesses
  @Test
  void aFullDiskFailsTheJobsItHitsAndLosesNoReturn() throws Exception {
    Path disk = Files.createDirectory(dir.resolve("disk"));
    try (SmallDisk full = SmallDisk.mount(disk, "64k")) {
      Outcome outcome = app(disk, Launcher.parallel(4), Callback.writeJobReturns()).invoke("job", "-m", sweep(60));

      assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
      // A callback's write that finds the disk full is its own failure: a warning, and the job's return stands.
      assertThat(err()).contains("callback 'more 0' (WriteJobReturns) failed in onJobEnd");
      assertThat(events).containsExactly("multirun start", "multirun end");
      assertThat(multirunEnd.get()).hasSize(60).isEqualTo(outcome.jobs());
      assertThat(outcome.jobs()).extracting(JobReturn::number).containsExactlyElementsOf(
          Stream.iterate(0, i -> i + 1).limit(60).toList());
      assertThat(outcome.jobs()).filteredOn(job -> job.status() == Status.FAILED).isNotEmpty()
          .allSatisfy(job -> assertThat(job.failure().kind()).isEqualTo(Failure.Kind.INFRASTRUCTURE));
      assertThat(outcome.jobs()).noneMatch(job -> job.status() == Status.INTERRUPTED);
      assertThat(err()).doesNotContain("\tat ").contains("No space left on device");
      try (Stream<Path> files = Files.walk(disk)) {
        for (Path written : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
          assertThat(Files.readString(written)).as("%s is whole", written).endsWith("\n");
        }
      }
    }
  }

  @Test
  void anErrorFromACallbackOnAPoolThreadIsAWarningNotAnInterruption() {
    Callback fatal = new Callback() {
      @Override
      public void onJobEnd(JobContext job, JobReturn result) {
        throw new OutOfMemoryError("pretend");
      }
    };

    Outcome outcome = app(dir, Launcher.parallel(3), fatal).invoke("job", "-m", sweep(9));

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs()).hasSize(9).allMatch(JobReturn::completed);
    assertThat(multirunEnd.get()).hasSize(9);
    assertThat(err()).contains("warning: callback 'more 0'", "failed in onJobEnd: OutOfMemoryError: pretend");
  }

  @Test
  void aLauncherThatThrowsKeepsTheReturnsItHandedOnAndFailsTheRest() {
    Launcher breaking = new LocalLauncher() {
      @Override
      public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
        ended.accept(jobs.get(0).run());
        throw new IllegalStateException("the scheduler went away");
      }

      @Override
      public String name() {
        return "breaking";
      }
    };

    Outcome outcome = app(dir, breaking).invoke("job", "-m", sweep(3));

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(multirunEnd.get()).isEqualTo(outcome.jobs()).hasSize(3);
    assertThat(outcome.jobs().get(0).completed()).isTrue();
    assertThat(outcome.jobs().subList(1, 3)).allSatisfy(job -> {
      assertThat(job.failure().kind()).isEqualTo(Failure.Kind.INFRASTRUCTURE);
      assertThat(job.error()).hasMessageContaining("the breaking launcher failed before job #")
          .hasMessageContaining("the scheduler went away");
    });
  }

  @Test
  void aLauncherThatForgetsAJobIsADefectOfTheLauncherAndItsTwiceEndedJobAWarning() {
    Launcher forgetful = new LocalLauncher() {
      @Override
      public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
        JobReturn first = jobs.get(0).run();
        ended.accept(first);
        ended.accept(first);
      }

      @Override
      public String name() {
        return "forgetful";
      }
    };

    Outcome outcome = app(dir, forgetful).invoke("job", "-m", sweep(2));

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(outcome.jobs().get(1).failure().kind()).isEqualTo(Failure.Kind.DEFECT);
    assertThat(err()).contains("the forgetful launcher ended job #0 twice; the first return is kept",
        "job #1 [n=1] failed: a defect: java.lang.IllegalStateException: the forgetful launcher returned without"
            + " ending job #1");
  }

  @Test
  void aCallbacksPathThatIsAFolderOrAMisspeltFileIsBadInputInOneLine() throws IOException {
    Files.createDirectory(dir.resolve("folder.yaml"));
    Files.writeString(dir.resolve("misspelt.yaml"), "callback:\n  log:\n    _target_: x.Y\n");

    Outcome folder = app(dir, Launcher.sequential()).callbacksFrom(Path.of("folder.yaml")).invoke("job");
    Outcome misspelt = app(dir, Launcher.sequential()).callbacksFrom(Path.of("misspelt.yaml")).invoke("job");

    assertThat(folder.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(misspelt.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("faults: folder.yaml: not a file but a folder; callbacks are declared in a YAML, JSON"
        + " or HOCON file\n"
        + "faults: misspelt.yaml: no 'callbacks' map, only the keys [callback]; did you mean 'callbacks' for"
        + " 'callback'?\n");
    assertThat(events).isEmpty();
  }

  @StartsProcesses
  @Test
  void aCallbacksPathThatIsAFifoOrADanglingLinkIsBadInputInOneLine() throws Exception {
    Path fifo = dir.resolve("fifo.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();
    Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("nothing-here.yaml"));

    Outcome fromFifo = app(dir, Launcher.sequential()).callbacksFrom(Path.of("fifo.yaml")).invoke("job");
    Outcome fromLink = app(dir, Launcher.sequential()).callbacksFrom(Path.of("dangling.yaml")).invoke("job");

    assertThat(fromFifo.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(fromLink.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("faults: fifo.yaml: not a file but a special file; callbacks are declared in a YAML,"
        + " JSON or HOCON file\n"
        + "faults: dangling.yaml: not a file but a link to nothing; callbacks are declared in a YAML, JSON or HOCON"
        + " file\n");
    assertThat(events).isEmpty();
  }
}

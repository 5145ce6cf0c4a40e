package io.hookline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.InputException;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn;
import io.hookline.journal.KilledSweepApp;
import io.hookline.journal.SweepDirs;
import io.hookline.launch.internal.Journal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --resume} on a real single-node SLURM cluster ({@link SlurmCluster}): a controller killed while its array
 * runs leaves the array to finish, and the resume waits for it instead of submitting its tasks again, with one job a
 * task or several; a sweep with failed jobs resumes on SLURM, running those jobs alone, and so does one that its
 * failure policy stopped, with several jobs a task; and a sweeper's batches run as arrays of their own, the
 * random and halving sweepers' the same jobs as in this JVM.
 */
@StartsProcesses
class SlurmResumeTest {

  private static SlurmCluster cluster;

  @TempDir
  Path dir;

  @BeforeAll
  static void startTheCluster() throws Exception {
    cluster = SlurmCluster.start();
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @ParameterizedTest(name = "{0} job(s) a task")
  @ValueSource(ints = {1, 2})
  void aControllerKilledWhileItsArrayRunsIsResumedWithoutSubmittingAnythingTwice(int perTask) throws Exception {
    Process first = controller("tick", "-m", "n=range(4)", "sleep=2500", "launcher=slurm", "launcher.poll=0.2",
        "launcher.parallel=2", "launcher.jobsPerTask=" + perTask).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    Path sweep = null;
    while (System.nanoTime() < deadline && (sweep == null || journaledArrays(sweep).isEmpty()
        || !Files.exists(dir.resolve("ran.txt")))) {
      Thread.sleep(50);
      sweep = sweepDir();
    }
    assertThat(sweep).as("a sweep whose array was journaled and whose first task started").isNotNull();
    first.destroyForcibly();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    List<String> arrays = Journal.read(sweep).arrays();
    assertThat(arrays).hasSize(1);
    assertThat(queue()).as("the array outlives its controller").contains(arrays.get(0));

    Finished resumed = run(controller("--resume", sweep.toString(), "launcher=slurm", "launcher.poll=0.2"));

    assertThat(resumed.code()).as(resumed.output()).isZero();
    assertThat(resumed.output()).contains("waiting for SLURM array " + arrays.get(0) + " of the sweep");
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).as("each job ran once")
        .containsExactlyInAnyOrder("0", "1", "2", "3");
    Journal.Contents journal = Journal.read(sweep);
    assertThat(journal.arrays()).as("nothing submitted again").isEqualTo(arrays);
    assertThat(journal.returns()).hasSize(4).allSatisfy((number, result) -> assertThat(result.completed()).isTrue());
    List<String> events = Files.readAllLines(dir.resolve("events.txt"));
    assertThat(events).filteredOn(event -> event.startsWith("job start")).hasSize(4).doesNotHaveDuplicates();
    assertThat(events).containsOnlyOnce("multirun end 4");
  }

  @Test
  void aBatchedSweepStoppedByItsFailurePolicyResumesEveryJobItDidNotComplete() throws Exception {
    Files.writeString(dir.resolve("broken"), "");
    String[] options = {"launcher=slurm", "launcher.poll=0.2", "launcher.jobsPerTask=3", "launcher.parallel=1"};
    List<String> first = new ArrayList<>(List.of("tick", "--fail-fast", "-m", "n=range(6)", "sleep=300"));
    first.addAll(List.of(options));
    Finished stopped = run(controller(first.toArray(String[]::new)));
    assertThat(stopped.code()).as(stopped.output()).isEqualTo(1);
    Path sweep = sweepDir();
    assertThat(sweep.resolve(".hookline/stopped")).as("the stop mark the running task read").exists();
    Files.delete(dir.resolve("broken"));

    List<String> again = new ArrayList<>(List.of("--resume", sweep.toString()));
    again.addAll(List.of(options));
    Finished resumed = run(controller(again.toArray(String[]::new)));

    assertThat(resumed.code()).as(resumed.output()).isZero();
    assertThat(Journal.read(sweep).returns()).hasSize(6)
        .allSatisfy((number, result) -> assertThat(result.completed()).as("job %d", number).isTrue());
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).as("jobs 3 to 5 never started before the resume")
        .containsOnlyOnce("3", "4", "5");
  }

  @Test
  void aSweepWithFailedJobsResumesOnSlurmRunningThoseAlone() throws Exception {
    Files.writeString(dir.resolve("broken"), "");
    Finished first = run(controller("tick", "-m", "n=range(4)", "launcher=slurm", "launcher.poll=0.2"));
    assertThat(first.code()).as(first.output()).isEqualTo(1);
    Files.delete(dir.resolve("broken"));
    Path sweep = sweepDir();

    Finished resumed = run(controller("--resume", sweep.toString(), "launcher=slurm", "launcher.poll=0.2"));

    assertThat(resumed.code()).as(resumed.output()).isZero();
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).containsExactlyInAnyOrder("0", "1", "2", "3", "1", "3");
    Journal.Contents journal = Journal.read(sweep);
    assertThat(journal.arrays()).hasSize(2);
    assertThat(journal.returns()).hasSize(4).allSatisfy((number, result) -> {
      assertThat(result.completed()).isTrue();
      assertThat(result.attempt()).isEqualTo(number % 2 == 1 ? 2 : 1);
    });
    assertThat(sweep.resolve("1/attempt-1/.hookline/config.yaml")).exists();
  }

  @Test
  void eachBatchOfASweeperRunsAsAnArrayOfItsOwn() throws Exception {
    Finished sweep = run(controller("tick", "-m", "sweeper=doubling", "n=1", "sleep=1",
        "launcher=slurm", "launcher.poll=0.2"));

    assertThat(sweep.code()).as(sweep.output()).isZero();
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).containsExactlyInAnyOrder("1", "2", "4", "5", "10", "11");
    Journal.Contents journal = Journal.read(sweepDir());
    assertThat(journal.batches()).isEqualTo(3);
    assertThat(journal.arrays()).hasSize(3).doesNotHaveDuplicates();
    assertThat(journal.returns()).hasSize(6).allSatisfy((number, result) -> assertThat(result.completed()).isTrue());
  }

  @Test
  void theRandomAndHalvingSweepersRunOnSlurmAsInThisJvm(@TempDir Path here) throws Exception {
    List<String> halving = List.of("tick", "-m", "n=randint(0,100)", "sweeper=halving",
        "sweeper.budget=sleep", "sweeper.max=4", "sweeper.eta=2", "sweeper.candidates=4", "sweeper.seed=3",
        "sweeper.direction=maximize");
    List<String> random = List.of("tick", "-m", "n=randint(0,100)", "sweeper=random", "sleep=1",
        "sweeper.trials=3", "sweeper.seed=5");
    for (List<String> sweep : List.of(halving, random)) {
      Path jvm = Files.createDirectories(here.resolve(sweep.get(3)));
      List<List<String>> expected = KilledSweepApp.app(jvm).output(new PrintStream(new ByteArrayOutputStream()),
          new PrintStream(new ByteArrayOutputStream())).invoke(sweep.toArray(String[]::new)).jobs().stream()
          .map(JobReturn::overrides).toList();
      List<String> onSlurm = new ArrayList<>(sweep);
      onSlurm.addAll(List.of("launcher=slurm", "launcher.poll=0.2"));

      Finished finished = run(controller(onSlurm.toArray(String[]::new)));

      assertThat(finished.code()).as(finished.output()).isZero();
      Journal.Contents journal = Journal.read(sweepDir());
      assertThat(List.copyOf(journal.jobs().values())).as(sweep.get(3)).isEqualTo(expected);
      assertThat(journal.arrays()).hasSize(journal.batches());
      assertThat(journal.returns()).hasSize(expected.size())
          .allSatisfy((number, result) -> assertThat(result.completed()).isTrue());
      assertThat(Files.readAllLines(dir.resolve("events.txt"))).containsOnlyOnce("multirun end " + expected.size());
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(root)).toList()) {
        Files.delete(path);
      }
    }
  }

  private ProcessBuilder controller(String... arguments) {
    return controller(List.of(), arguments);
  }

  private ProcessBuilder controller(List<String> jvmOptions, String... arguments) {
    ProcessBuilder builder = KilledSweepApp.controller(dir, jvmOptions, arguments);
    builder.environment().putAll(cluster.environment());
    return builder;
  }

  private static Finished run(ProcessBuilder controller) throws Exception {
    Path log = Files.createTempFile("controller", ".log");
    Process process = controller.redirectOutput(log.toFile()).start();
    boolean ended = process.waitFor(180, TimeUnit.SECONDS);
    String output = Files.readString(log);
    Files.delete(log);
    assertThat(ended).as(output).isTrue();
    return new Finished(process.exitValue(), output);
  }

  /** Returns the arrays journaled so far, none while the journal's first record is being written. */
  private static List<String> journaledArrays(Path sweep) {
    try {
      return Journal.read(sweep).arrays();
    } catch (InputException notYet) {
      return List.of();
    }
  }

  private String queue() throws IOException {
    ProcessBuilder squeue = new ProcessBuilder("squeue", "--noheader", "--format=%i").redirectErrorStream(true);
    squeue.environment().putAll(cluster.environment());
    return new String(squeue.start().getInputStream().readAllBytes());
  }

  private Path sweepDir() throws IOException {
    Path journal = SweepDirs.journal(dir);
    return journal == null ? null : journal.getParent();
  }

  /** A controller's exit code and output. */
  private record Finished(int code, String output) {}
}

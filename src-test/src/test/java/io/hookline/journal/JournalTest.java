package io.hookline.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.Journal;
import io.hookline.launch.internal.SweepLock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every multirun keeps an append-only journal in its sweep directory, on every launcher and whatever its output
 * directories: the sweep, its jobs, and each job's return as the job ends. A line cut short by a crash is ignored; a
 * journal of a newer format is refused.
 */
class JournalTest {

  /** The job's config: it fails when asked to. */
  public record Job(int n, boolean fail) {
    /** The defaults. */
    public Job() {
      this(0, false);
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private App app(OutputDirs outputs, Launcher launcher) {
    return App.named("swept")
        .directory(dir)
        .outputs(outputs)
        .launcher(launcher)
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("job", invocation -> {
          Job job = invocation.config(Job.class);
          if (job.fail()) {
            throw new IllegalStateException("job " + job.n() + " failed");
          }
          return job.n() * 10;
        }).config(ConfigSpec.of(Job.class)));
  }

  private Path sweepDir() throws IOException {
    try (Stream<Path> journals = Files.walk(dir.resolve("multirun"))) {
      return journals.filter(path -> path.getFileName().toString().equals(Journal.FILE)).findFirst().orElseThrow()
          .getParent();
    }
  }

  @Test
  void aMultirunWithoutDirectoriesKeepsItsJournalAlone() throws IOException {
    Outcome outcome = app(OutputDirs.off(), Launcher.sequential()).invoke("job", "-m", "n=1,2,3", "fail=false,true");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    Path sweep = sweepDir();
    try (Stream<Path> files = Files.list(sweep)) {
      assertThat(files.map(path -> path.getFileName().toString()).toList())
          .containsExactlyInAnyOrder(Journal.FILE, SweepLock.FILE);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("(in " + sweep + ")");

    Journal.Contents journal = Journal.read(sweep);
    assertThat(journal.sweep()).containsEntry("record", "sweep").containsEntry("format", Journal.FORMAT)
        .containsEntry("command", "job").containsEntry("overrides", List.of("n=1,2,3", "fail=false,true"));
    assertThat(journal.jobs()).hasSize(6).containsEntry(1, List.of("n=1", "fail=true"));
    assertThat(journal.returns()).hasSize(6);
    assertThat(journal.returns().get(0).status()).isEqualTo(Status.COMPLETED);
    assertThat(journal.returns().get(0).value()).isEqualTo(10);
    assertThat(journal.returns().get(1).status()).isEqualTo(Status.FAILED);
    assertThat(journal.returns().get(1).failure().cause()).hasMessageContaining("job 1 failed");
    assertThat(journal.returns().get(5).attempt()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void theInJvmLaunchersJournalEveryReturn(int threads) throws IOException {
    Launcher launcher = threads == 1 ? Launcher.sequential() : Launcher.parallel(threads);
    Outcome outcome = app(OutputDirs.defaults(), launcher).invoke("job", "-m", "n=range(20)");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    Journal.Contents journal = Journal.read(sweepDir());
    assertThat(journal.returns()).hasSize(20).allSatisfy((number, result) -> {
      assertThat(result.status()).isEqualTo(Status.COMPLETED);
      assertThat(result.value()).isEqualTo(number * 10);
      assertThat(result.outputDir()).isEqualTo(sweepDirUnchecked().resolve(Integer.toString(number)));
    });
  }

  private Path sweepDirUnchecked() {
    try {
      return sweepDir();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aReturnIsOnTheDiskBeforeTheNextJobStarts() throws IOException {
    List<Integer> seen = new CopyOnWriteArrayList<>();
    App app = app(OutputDirs.off(), Launcher.sequential()).command(Command.of("peek", invocation -> {
      Job job = invocation.config(Job.class);
      try (Stream<Path> journals = Files.walk(dir.resolve("multirun"))) {
        Path sweep = journals.filter(path -> path.endsWith(Journal.FILE)).findFirst().orElseThrow().getParent();
        seen.add(Journal.read(sweep).returns().size());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return job.n();
    }).config(ConfigSpec.of(Job.class)));
    assertThat(app.invoke("peek", "-m", "n=1,2,3").exitCode()).isEqualTo(Outcome.OK);
    assertThat(seen).containsExactly(0, 1, 2);
  }

  @Test
  void aLineCutShortByACrashIsIgnored() throws IOException {
    app(OutputDirs.off(), Launcher.sequential()).invoke("job", "-m", "n=1,2");
    Path sweep = sweepDir();
    Path file = sweep.resolve(Journal.FILE);
    String whole = Files.readString(file);
    String lastRecord = whole.substring(whole.lastIndexOf("{\"record\":\"return\""));
    Files.writeString(file, whole.substring(0, whole.length() - lastRecord.length())
        + lastRecord.substring(0, lastRecord.length() / 2));
    Journal.Contents journal = Journal.read(sweep);
    assertThat(journal.returns()).containsOnlyKeys(0);
    assertThat(journal.jobs()).hasSize(2);
  }

  @Test
  void aReopenedJournalEndsALineCutShortAndAddsNothingToAWholeOne() throws IOException {
    Path sweep = Files.createDirectories(dir.resolve("reopened"));
    Journal created = Journal.create(sweep, Map.of("app", "swept"));
    created.jobs(0, 0, List.of(List.of("n=1")), null);
    created.close();
    Path file = sweep.resolve(Journal.FILE);
    long whole = Files.size(file);
    Journal.reopen(sweep).close();
    assertThat(Files.size(file)).as("a whole last line gets nothing").isEqualTo(whole);

    Files.writeString(file, "{\"record\":\"ret", StandardOpenOption.APPEND);
    Journal.reopen(sweep).close();
    assertThat(Files.readString(file)).endsWith("{\"record\":\"ret\n");
    assertThat(Files.size(file)).isEqualTo(whole + "{\"record\":\"ret".length() + 1);

    Files.writeString(file, "{\"record\":\"array\",\"id\":\"7\",\"jobs\":[0]}", StandardOpenOption.APPEND);
    assertThat(Journal.read(sweep).arrays()).as("a last line without its newline never counted").isEmpty();
    Files.writeString(file, "\n", StandardOpenOption.APPEND);
    assertThat(Journal.read(sweep).arrays()).containsExactly("7");
    assertThat(Journal.read(sweep).sweep()).containsEntry("app", "swept");
  }

  @Test
  void aJournalOfANewerFormatIsRefusedInOneLine() throws IOException {
    Path sweep = Files.createDirectories(dir.resolve("later"));
    Files.writeString(sweep.resolve(Journal.FILE), "{\"record\":\"sweep\",\"format\":2,\"app\":\"swept\"}\n");
    assertThatThrownBy(() -> Journal.read(sweep)).isInstanceOf(InputException.class)
        .hasMessage(sweep.resolve(Journal.FILE) + ": a journal of format 2, newer than this program reads (1); resume"
            + " it with the version of the program that wrote it");
    assertThatThrownBy(() -> Journal.read(dir)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(dir + ": no sweep journal (journal.jsonl) there: ");
  }

  @Test
  void withoutTheJournalAMultirunWithoutDirectoriesWritesNothing() {
    Outcome outcome = app(OutputDirs.off().withoutJournal(), Launcher.sequential()).invoke("job", "-m", "n=1,2");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(dir.resolve("multirun")).doesNotExist();
  }

  @Test
  void eachRecordIsOneLineOfJson() throws IOException {
    app(OutputDirs.off(), Launcher.sequential()).invoke("job", "-m", "n=1,2", "fail=true");
    List<String> lines = Files.readAllLines(sweepDir().resolve(Journal.FILE));
    assertThat(lines).hasSize(4).allMatch(line -> line.startsWith("{\"record\":\"") && line.endsWith("}"));
    assertThat(lines.get(2)).startsWith("{\"record\":\"return\",\"return\":{\"status\":\"FAILED\"");
  }

  @Test
  void aSlurmArrayIsJournaledWhileTheJournalIsOpenOnly() throws IOException {
    Path sweep = Files.createDirectories(dir.resolve("arrays"));
    assertThat(Journal.array(sweep, "41", List.of(0, 1))).as("no journal open").isFalse();
    Journal journal = Journal.create(sweep, Map.of("app", "swept"));
    journal.jobs(0, 0, List.of(List.of("n=1"), List.of("n=2")), null);
    assertThat(Journal.array(sweep.resolve("../arrays"), "42", List.of(0, 1))).isTrue();
    journal.close();
    assertThat(Journal.array(sweep, "43", List.of(2))).as("closed").isFalse();
    assertThat(Journal.read(sweep).arrays()).containsExactly("42");
    assertThat(Files.readAllLines(sweep.resolve(Journal.FILE)).get(2))
        .isEqualTo("{\"record\":\"array\",\"id\":\"42\",\"jobs\":[0,1]}");
  }

  @Test
  void aThreadThatIsInterruptedStillAppendsAndLeavesTheJournalOpen() throws Exception {
    Path sweep = Files.createDirectories(dir.resolve("interrupted"));
    Journal journal = Journal.create(sweep, Map.of("app", "swept"));
    journal.jobs(0, 0, List.of(List.of("n=1"), List.of("n=2")), null);
    Thread interrupted = new Thread(() -> {
      Thread.currentThread().interrupt();
      try {
        Journal.array(sweep, "7", List.of(0));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    interrupted.start();
    interrupted.join();

    assertThat(Journal.array(sweep, "8", List.of(1))).as("still open for the others").isTrue();
    journal.close();
    assertThat(Journal.read(sweep).arrays()).containsExactly("7", "8");
  }

  @Test
  void aJournalStoppedBeforeItsJobsIsRefusedSayingNoneRan() throws IOException {
    Path sweep = Files.createDirectories(dir.resolve("early"));
    Files.writeString(sweep.resolve(Journal.FILE), "{\"record\":\"sweep\",\"format\":1,\"app\":\"swept\"}\n"
        + "{\"record\":\"jobs\",\"batch\":0,\"fir");
    assertThatThrownBy(() -> Journal.read(sweep)).isInstanceOf(InputException.class)
        .hasMessage(sweep.resolve(Journal.FILE) + ": the sweep stopped before its jobs were journaled, so none of them"
            + " ran; run it again instead");
  }

  @Test
  void recordsAppendedTogetherShareTheirForcesAndAllArrive() throws Exception {
    Path sweep = Files.createDirectories(dir.resolve("together"));
    Journal journal = Journal.create(sweep, Map.of("app", "swept"));
    journal.jobs(0, 0, List.of(List.of("n=1")), null);
    int threads = 8;
    int each = 50;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t * each;
      Thread writer = new Thread(() -> {
        try {
          start.await();
          for (int i = first; i < first + each; i++) {
            Journal.array(sweep, Integer.toString(i), List.of(0));
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      writers.add(writer);
      writer.start();
    }
    for (Thread writer : writers) {
      writer.join();
    }
    int forces = journal.forces();
    journal.close();

    assertThat(Journal.read(sweep).arrays()).hasSize(threads * each).doesNotHaveDuplicates();
    assertThat(forces).as("forces for %d records appended by %d threads", threads * each + 2, threads)
        .isGreaterThan(0).isLessThan(threads * each);
  }

  @Test
  void aReturnIsWrittenAtOnceAndForcedInTheBackgroundWithTheReturnsThatCameWithIt() throws Exception {
    Path sweep = Files.createDirectories(dir.resolve("background"));
    Journal journal = Journal.create(sweep, Map.of("app", "swept"));
    journal.jobs(0, 0, List.of(List.of("n=1")), null);
    int forcedBefore = journal.forces();

    journal.ended(JobReturn.skipped(List.of("n=1"), 0, "0", null, Instant.now()));
    assertThat(Journal.read(sweep).returns()).as("written before ended() returns").containsOnlyKeys(0);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (journal.forces() == forcedBefore && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(journal.forces()).as("forced by the background thread, unasked").isEqualTo(forcedBefore + 1);

    for (int i = 1; i <= 100; i++) {
      journal.ended(JobReturn.skipped(List.of("n=1"), i, Integer.toString(i), null, Instant.now()));
    }
    journal.sync();
    int forces = journal.forces() - forcedBefore - 1;
    journal.close();

    assertThat(Journal.read(sweep).returns()).hasSize(101);
    assertThat(forces).as("forces for 100 returns written in a row").isBetween(1, 50);
  }

  @StartsProcesses
  @Test
  void aJournalThatIsAFifoOrAFolderIsRefusedInOneLineWithoutWaiting() throws Exception {
    Path fifo = Files.createDirectories(dir.resolve("fifo"));
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.resolve(Journal.FILE).toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Path folder = Files.createDirectories(dir.resolve("folder").resolve(Journal.FILE)).getParent();

    for (Path sweep : List.of(fifo, folder)) {
      assertThatThrownBy(() -> Journal.read(sweep)).isInstanceOf(InputException.class).hasMessage(sweep
          + ": no sweep journal (journal.jsonl) there: " + sweep.resolve(Journal.FILE) + " is not a regular file");
    }
  }

  @Test
  void aLastLineCutInTheMiddleOfACharacterIsIgnored() throws IOException {
    app(OutputDirs.off(), Launcher.sequential()).invoke("job", "-m", "n=1,2");
    Path sweep = sweepDir();
    byte[] cut = "{\"record\":\"array\",\"id\":\"caf\u00e9".getBytes(StandardCharsets.UTF_8);
    Files.write(sweep.resolve(Journal.FILE), Arrays.copyOf(cut, cut.length - 1),
        StandardOpenOption.APPEND);

    Journal.Contents journal = Journal.read(sweep);

    assertThat(journal.returns()).hasSize(2);
    assertThat(journal.arrays()).isEmpty();
  }
}

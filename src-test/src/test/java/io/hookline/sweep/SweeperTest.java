package io.hookline.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.journal.KilledSweepApp;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.Journal;
import io.hookline.sweep.Sweeper.Search;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sweeper that learns from results: the runtime asks its search for a batch, runs it, tells it the returns in job
 * order and asks again, with one multirun's events around every batch, jobs numbered across batches, and each batch
 * journaled. A search that fails ends the sweep with the jobs that ran.
 */
class SweeperTest {

  /** The job's config. */
  public record Job(int n) {
    /** The defaults. */
    public Job() {
      this(0);
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  private App app(Launcher launcher, Sweeper sweeper, OutputDirs outputs) {
    return App.named("doubling").directory(dir).outputs(outputs).launcher(launcher).sweeper(sweeper)
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .callback("events", new Callback() {
          @Override
          public void onMultirunStart(RunContext run) {
            events.add("multirun start");
          }

          @Override
          public void onMultirunEnd(RunContext run, List<JobReturn> results) {
            events.add("multirun end " + results.stream().map(JobReturn::number).toList());
          }

          @Override
          public void onJobStart(JobContext job) {
            events.add("start " + job.number());
          }

          @Override
          public void onJobEnd(JobContext job, JobReturn result) {
            events.add("end " + job.number());
          }
        })
        .command(Command.of("job", invocation -> invocation.config(Job.class).n()).config(ConfigSpec.of(Job.class)));
  }

  private Path sweepDir() throws Exception {
    try (Stream<Path> journals = Files.walk(dir.resolve("multirun"))) {
      return journals.filter(path -> path.endsWith(Journal.FILE)).findFirst().orElseThrow().getParent();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void aSearchIsAskedToldAndAskedAgainUntilItProposesNothing(int threads) throws Exception {
    DoublingSweeper sweeper = new DoublingSweeper(20);
    Launcher launcher = threads == 1 ? Launcher.sequential() : Launcher.parallel(threads);

    Outcome outcome = app(launcher, sweeper, OutputDirs.defaults()).invoke("job", "-m", "n=1");

    assertThat(outcome.exitCode()).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs()).extracting(JobReturn::number).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(outcome.jobs()).extracting(JobReturn::value).containsExactly(1, 2, 4, 5, 10, 11);
    assertThat(sweeper.told()).containsExactly(List.of(0, 1), List.of(2, 3), List.of(4, 5));
    assertThat(events).startsWith("multirun start").endsWith("multirun end [0, 1, 2, 3, 4, 5]")
        .containsOnlyOnce("multirun start");
    for (int job = 0; job < 6; job++) {
      assertThat(events).containsOnlyOnce("start " + job, "end " + job);
    }
    Path sweep = sweepDir();
    Journal.Contents journal = Journal.read(sweep);
    assertThat(journal.batches()).isEqualTo(3);
    assertThat(journal.returns()).hasSize(6);
    List<String> batches = new ArrayList<>();
    for (String line : Files.readAllLines(sweep.resolve(Journal.FILE))) {
      JsonNode record = new ObjectMapper().readTree(line);
      if (record.path("record").asText().equals("jobs")) {
        batches.add(record.path("batch").asInt() + "@" + record.path("first").asInt());
      }
    }
    assertThat(batches).containsExactly("0@0", "1@2", "2@4");
    assertThat(Files.readString(sweep.resolve("multirun.yaml"))).contains("n=11");
    assertThat(sweep.resolve("5/.hookline/overrides.yaml")).content().contains("n=11");
  }

  @Test
  void aSearchThatFailsEndsTheSweepWithTheJobsThatRan() {
    Sweeper failing = arguments -> new Search() {
      private int asked;

      @Override
      public List<List<String>> next() {
        return asked++ == 0 ? List.of(List.of("n=1"), List.of("n=2")) : List.of(List.of("n=3"));
      }

      @Override
      public void tell(List<JobReturn> returns) {
        if (returns.size() == 2) {
          throw new IllegalStateException("the model diverged");
        }
      }
    };

    Outcome outcome = app(Launcher.sequential(), failing, OutputDirs.off()).invoke("job", "-m", "n=1");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(outcome.jobs()).extracting(JobReturn::value).containsExactly(1, 2);
    assertThat(events).endsWith("multirun end [0, 1]");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("doubling: the sweeper failed:"
        + " java.lang.IllegalStateException: the model diverged; the sweep ends with the jobs that ran\n");
  }

  @Test
  void badInputFromASearchFailsBeforeAnyEvent() {
    Sweeper picky = arguments -> {
      throw new InputException("the picky sweeper takes n=uniform(a,b), not " + arguments);
    };

    Outcome outcome = app(Launcher.sequential(), picky, OutputDirs.off()).invoke("job", "-m", "n=1");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(events).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("doubling: the picky sweeper takes n=uniform(a,b), not"
        + " [n=1]\n");
  }

  @StartsProcesses
  @Test
  void workersRunEveryBatchFromThePlanRewrittenBeforeIt() throws Exception {
    Process controller = KilledSweepApp.controller(dir, List.of(), "tick", "-m", "sweeper=doubling", "n=1",
        "sleep=1", "launcher=process", "launcher.workers=2").start();
    String output = new String(controller.getInputStream().readAllBytes());
    assertThat(controller.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(controller.exitValue()).as(output).isZero();
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).containsExactlyInAnyOrder("1", "2", "4", "5", "10", "11");
    Journal.Contents journal = Journal.read(sweepDir());
    assertThat(journal.batches()).isEqualTo(3);
    assertThat(journal.returns()).hasSize(6).allSatisfy((number, result) -> assertThat(result.completed()).isTrue());
    assertThat(Files.readAllLines(dir.resolve("events.txt"))).containsOnlyOnce("multirun start", "multirun end 6");
  }
}

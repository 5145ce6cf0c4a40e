package io.hookline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Failure;
import io.hookline.InputException;
import io.hookline.Outcome;
import io.hookline.launch.WorkerLauncher;
import io.hookline.launch.internal.Worker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serving worker, given the numbers of a sweep's jobs: it says it started and ended each, runs it with the JVM's
 * streams (and the app's, where they are the JVM's) in the job's logs and puts them back after, reads the plan again
 * when a later batch writes it anew, and stops serving when its input ends, at the sweep's stop mark, after a job that
 * was interrupted or ended in a {@link VirtualMachineError}. The plans are written by real sweeps of a small app, on a
 * launcher that only records its jobs; the jobs are the test's.
 */
@Timeout(60)
class ServingTest {

  @TempDir Path temp;
  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream said = new ByteArrayOutputStream();
  private RecordedSweep sweeps;
  private List<WorkerLauncher.Job> planned;
  private App app;

  @BeforeEach
  void anAppOnALauncherThatRecordsItsJobs() {
    sweeps = new RecordedSweep(temp);
    planned = sweeps.planned;
    app = sweeps.app;
  }

  @Test
  void eachJobIsSaidToStartAndEndAndItsOutputGoesToItsLogs() throws IOException {
    Path plan = plan("lr=1,2");
    PrintStream out = System.out;
    PrintStream err = System.err;

    Outcome served = Serving.serve(parts(app), plan, this::work, numbers("0\n1\n"), said());

    assertThat(served.exitCode()).isZero();
    assertThat(said.toString(StandardCharsets.UTF_8)).isEqualTo(Worker.STARTED + "0\n" + Worker.ENDED + "0\n"
        + Worker.STARTED + "1\n" + Worker.ENDED + "1\n");
    assertThat(ran).containsExactly("0 [lr=1]", "1 [lr=2]");
    for (int n = 0; n < 2; n++) {
      assertThat(planned.get(n).directory().resolve("out.log")).hasContent("out " + n + "\napp " + n);
      assertThat(planned.get(n).directory().resolve("err.log")).hasContent("err " + n + "\napp err " + n);
    }
    assertThat(System.out).isSameAs(out);
    assertThat(System.err).isSameAs(err);
  }

  @Test
  void theAppsOwnStreamsStayItsOwn() throws IOException {
    ByteArrayOutputStream mine = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(mine, true, StandardCharsets.UTF_8);
    app = app.output(stream, stream);
    Path plan = plan("lr=1");
    mine.reset(); // what the sweep said

    Serving.serve(parts(app), plan, this::work, numbers("0\n"), said());

    assertThat(planned.get(0).directory().resolve("out.log")).hasContent("out 0");
    assertThat(mine.toString(StandardCharsets.UTF_8)).isEqualTo("app 0\napp err 0\n");
  }

  @Test
  void aJobWhoseFolderCannotHoldLogsRunsWithTheStreamsAsTheyAre() throws IOException {
    Path plan = plan("lr=1");
    Files.delete(planned.get(0).directory());
    Files.writeString(planned.get(0).directory(), "a file");

    Serving.serve(parts(app), plan, (command, job, settings) -> {
      ran.add(job.number() + " " + (System.out == settings.out()));
      return Outcome.withoutJobs(null);
    }, numbers("0\n"), said());

    assertThat(ran).containsExactly("0 true");
    assertThat(said.toString(StandardCharsets.UTF_8)).isEqualTo(Worker.STARTED + "0\n" + Worker.ENDED + "0\n");
  }

  @Test
  void aPlanWrittenAgainForTheNextBatchIsReadAgain() throws Exception {
    Path plan = plan("lr=1,2");
    Path next = plan("lr=10,20");
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream input = new PipedInputStream(feed);
    CompletableFuture<Outcome> served = CompletableFuture.supplyAsync(() ->
        Serving.serve(parts(app), plan, this::work, input, said()));

    feed.write("0\n".getBytes(StandardCharsets.US_ASCII));
    feed.flush();
    while (ran.isEmpty()) {
      Thread.sleep(10);
    }
    Files.copy(next, plan, StandardCopyOption.REPLACE_EXISTING);
    feed.write("1\n".getBytes(StandardCharsets.US_ASCII));
    feed.close();

    assertThat(served.get(30, TimeUnit.SECONDS).exitCode()).isZero();
    assertThat(ran).containsExactly("0 [lr=1]", "1 [lr=20]");
  }

  @Test
  void servingStopsAtTheSweepsStopMark() throws IOException {
    Path plan = plan("lr=1,2");
    Files.createDirectories(Worker.sweepStopMark(plan).getParent());
    Files.writeString(Worker.sweepStopMark(plan), "");

    Serving.serve(parts(app), plan, this::work, numbers("0\n1\n"), said());

    assertThat(ran).isEmpty();
    assertThat(said.size()).isZero();
  }

  @Test
  void servingStopsAfterAJobThatRanOutOfMemory() throws IOException {
    Path plan = plan("lr=1,2");

    Outcome served = Serving.serve(parts(app), plan, (command, job, settings) -> {
      ran.add(Integer.toString(job.number()));
      return new Outcome(1, null, new Failure(Failure.Kind.JOB, new OutOfMemoryError("heap")), null, List.of());
    }, numbers("0\n1\n"), said());

    assertThat(ran).containsExactly("0");
    assertThat(served.error()).isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void servingStopsAfterAJobThatWasInterrupted() throws IOException {
    Path plan = plan("lr=1,2");

    Serving.serve(parts(app), plan, (command, job, settings) -> {
      ran.add(Integer.toString(job.number()));
      Thread.currentThread().interrupt();
      return Outcome.withoutJobs(null);
    }, numbers("0\n1\n"), said());

    assertThat(Thread.interrupted()).isTrue();
    assertThat(ran).containsExactly("0");
  }

  @Test
  void aPlanOfACommandTheAppHasNotIsBadInput() throws IOException {
    Path plan = plan("lr=1");
    App other = App.named("other").command(Command.of("evaluate", invocation -> 0));

    assertThatThrownBy(() -> Serving.serve(parts(other), plan, this::work, numbers("0\n"), said()))
        .isInstanceOf(InputException.class)
        .hasMessage("the plan's command 'train' is not one of [evaluate]");
  }

  /** Writes the job's words to the JVM's streams and the app's, and notes its number and overrides. */
  private Outcome work(ResolvedCommand command, Worker.PlanEntry job, io.hookline.runtime.internal.Settings settings) {
    System.out.println("out " + job.number());
    System.err.println("err " + job.number());
    settings.out().println("app " + job.number());
    settings.err().println("app err " + job.number());
    ran.add(job.number() + " " + job.overrides());
    return Outcome.withoutJobs(null);
  }

  private Path plan(String values) throws IOException {
    return sweeps.plan(app, values);
  }

  private PrintStream said() {
    return new PrintStream(said, true, StandardCharsets.UTF_8);
  }

  private static ByteArrayInputStream numbers(String lines) {
    return new ByteArrayInputStream(lines.getBytes(StandardCharsets.US_ASCII));
  }

  private static AppParts parts(App app) {
    return RecordedSweep.parts(app);
  }
}

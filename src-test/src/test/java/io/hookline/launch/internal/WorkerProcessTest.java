package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Failure;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.launch.WorkerLauncher.Job;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process launcher's side of a worker, against workers that are short shell scripts (the controller's code runs
 * in this JVM; a worker JVM's side is the launcher contract's): the return a worker wrote is the job's; a worker that
 * ends without one is started again while attempts remain, each attempt's logs appended, and is then lost with how it
 * ended and its last words; one that cannot start is lost at once; a skipped job starts nothing; an interrupted
 * controller asks its worker to stop, keeps the return it writes as it stops, and kills one that does not stop within
 * the grace period.
 */
@Timeout(60)
class WorkerProcessTest {

  /** The worker: its arguments are what it does, the job's return file, and the return to write there. */
  private static final String WORKER = """
      mode=$1; ret=$2; ready=$3
      echo "attempt with $HOOKLINE_TEST_SECRET"
      echo "the worker's words" >&2
      case $mode in
        write) cp "$ready" "$ret" ;;
        lost) echo "   "; echo "the end is near" >&2; exit 3 ;;
        lost-once) if [ -f "$ret.tried" ]; then cp "$ready" "$ret"; else touch "$ret.tried"; exit 3; fi ;;
        killed) kill -9 $$ ;;
        stops) trap 'cp "$ready" "$ret"; exit 0' TERM; touch "$ret.started"; while :; do sleep 0.05; done ;;
        stubborn) trap 'touch "$ret.asked"' TERM; touch "$ret.started"; while :; do sleep 0.05; done ;;
      esac
      """;

  @TempDir Path temp;
  private Path script;
  private Path ready;
  private final ByteArrayOutputStream said = new ByteArrayOutputStream();
  private PrintStream err;

  @BeforeEach
  void aWorkerScriptAndAReturnForItToWrite() throws IOException {
    script = Files.writeString(temp.resolve("worker.sh"), WORKER);
    ready = temp.resolve("ready.json");
    JobReturnJson.write(ready, new JobReturn(Status.COMPLETED, "done", null, List.of("lr=0.1"), 4, "4", null,
        Instant.EPOCH, Instant.EPOCH.plusSeconds(1)));
    err = System.err;
    System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void errorStreamBack() {
    System.setErr(err);
  }

  @Test
  void theReturnAWorkerWroteIsTheJobsAndItsOutputIsInTheJobsLogs() throws IOException {
    Path dir = temp.resolve("job");

    JobReturn result = WorkerProcess.run(job(dir, "write"), List.of("sh", script.toString()), 0);

    assertThat(result.status()).isEqualTo(Status.COMPLETED);
    assertThat(result.value()).isEqualTo("done");
    assertThat(dir.resolve("out.log")).hasContent("attempt with s3cret");
    assertThat(dir.resolve("err.log")).hasContent("the worker's words");
    assertThat(Files.readString(dir.resolve(".hookline/worker.pid"))).matches("[0-9]+ \\S+ \\S+\n");
    assertThat(said.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aWorkerThatEndsWithoutAReturnIsStartedAgainAndThenLost() throws IOException {
    Path dir = temp.resolve("job");

    JobReturn result = WorkerProcess.run(job(dir, "lost"), List.of("sh", script.toString()), 1);

    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.failure().kind()).isEqualTo(Failure.Kind.INFRASTRUCTURE);
    assertThat(result.error()).isInstanceOf(JobLostException.class).hasMessage("lost: its worker exited with code 3"
        + " before writing the job's result, on attempt 2 (its last words: the end is near)");
    assertThat(result.overrides()).containsExactly("lr=0.1");
    assertThat(result.number()).isEqualTo(4);
    assertThat(said.toString(StandardCharsets.UTF_8)).isEqualTo("job 4 lost: its worker exited with code 3 before"
        + " writing the job's result (its last words: the end is near); running it again\n");
    assertThat(Files.readAllLines(dir.resolve("out.log"))).containsExactly("attempt with s3cret", "   ",
        "attempt with s3cret", "   ");
  }

  @Test
  void aWorkerLostOnceAndThenRightGivesItsReturn() {
    JobReturn result = WorkerProcess.run(job(temp.resolve("job"), "lost-once"), List.of("sh", script.toString()), 1);

    assertThat(result.status()).isEqualTo(Status.COMPLETED);
    assertThat(said.toString(StandardCharsets.UTF_8)).startsWith("job 4 lost: its worker exited with code 3 before"
        + " writing the job's result (its last words: the worker's words); running it again");
  }

  @Test
  void aWorkerEndedByASignalIsLostWithTheSignalsNumber() {
    JobReturn result = WorkerProcess.run(job(temp.resolve("job"), "killed"), List.of("sh", script.toString()), 0);

    assertThat(result.error()).hasMessage("lost: its worker was ended by signal 9 (exit code 137) before writing the"
        + " job's result (its last words: the worker's words)");
    assertThat(said.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aWorkerThatCannotStartIsLostAtOnce() throws IOException {
    JobReturn missing = WorkerProcess.run(job(temp.resolve("job"), "write"), List.of(temp + "/no-such-worker"), 3);
    assertThat(missing.error()).isInstanceOf(JobLostException.class)
        .hasMessageStartingWith("lost: the worker could not start: Cannot run program \"" + temp + "/no-such-worker\"");

    Path file = Files.writeString(temp.resolve("a-file"), "");
    JobReturn noFolder = WorkerProcess.run(job(file, "write"), List.of("sh", script.toString()), 3);
    assertThat(noFolder.error()).hasMessage("lost: the worker could not start: " + file);
  }

  @Test
  void aSkippedJobStartsNoWorker() {
    Path dir = temp.resolve("job");

    JobReturn result = WorkerProcess.run(new ScriptedJob(4, dir, List.of("write"), List.of(), true, true,
        Duration.ofSeconds(1)), List.of("sh", script.toString()), 0);

    assertThat(result.status()).isEqualTo(Status.SKIPPED);
    assertThat(dir).doesNotExist();
  }

  @Test
  void anInterruptedControllerKeepsTheReturnItsWorkerWritesAsItStops() throws Exception {
    Path dir = temp.resolve("job");
    Ran ran = runInterrupted(job(dir, "stops"), Duration.ofSeconds(30));

    assertThat(ran.result().status()).isEqualTo(Status.COMPLETED);
    assertThat(ran.result().value()).isEqualTo("done");
    assertThat(ran.stillInterrupted()).isTrue();
  }

  @Test
  void aWorkerThatIgnoresTheRequestIsKilledAfterTheGracePeriod() throws Exception {
    Path dir = temp.resolve("job");
    long start = System.nanoTime();
    Ran ran = runInterrupted(scripted(dir, "stubborn", Duration.ofMillis(300)),
        Duration.ofSeconds(30));

    assertThat(ran.result().status()).isEqualTo(Status.INTERRUPTED);
    assertThat(ran.result().error()).hasMessage("the worker was stopped before it wrote the job's return");
    assertThat(ran.stillInterrupted()).isTrue();
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
  }

  @Test
  void aControllerInterruptedAgainWhileItsWorkerStopsKillsItAtOnce() throws Exception {
    Path dir = temp.resolve("job");
    long start = System.nanoTime();
    Ran ran = runInterrupted(scripted(dir, "stubborn", Duration.ofMinutes(5)),
        Duration.ofSeconds(30), 2);

    assertThat(ran.result().status()).isEqualTo(Status.INTERRUPTED);
    assertThat(ran.stillInterrupted()).isTrue();
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(30).toNanos());
  }

  record Ran(JobReturn result, boolean stillInterrupted) {}

  /** Runs {@code job} on a thread that is interrupted once its worker has started. */
  private Ran runInterrupted(Job job, Duration within) throws Exception {
    return runInterrupted(job, within, 1);
  }

  /**
   * Runs {@code job} on a thread that is interrupted once its worker has started, and, for {@code times} 2, again once
   * the worker has been asked to stop.
   */
  private Ran runInterrupted(Job job, Duration within, int times) throws Exception {
    CompletableFuture<Ran> ran = new CompletableFuture<>();
    Thread controller = new Thread(() -> {
      JobReturn result = WorkerProcess.run(job, List.of("sh", script.toString()), 0);
      ran.complete(new Ran(result, Thread.currentThread().isInterrupted()));
    });
    controller.start();
    while (!Files.exists(job.directory().resolve("return.json.started"))) {
      Thread.sleep(10);
    }
    controller.interrupt();
    if (times > 1) { // again once the worker has been asked to stop
      while (!Files.exists(job.directory().resolve("return.json.asked"))) {
        Thread.sleep(10);
      }
      controller.interrupt();
    }
    return ran.get(within.toMillis(), TimeUnit.MILLISECONDS);
  }

  private ScriptedJob job(Path dir, String mode) {
    return scripted(dir, mode, Duration.ofSeconds(30));
  }

  private ScriptedJob scripted(Path dir, String mode, Duration grace) {
    return new ScriptedJob(4, dir, List.of(mode, dir.resolve("return.json").toString(), ready.toString()), List.of(),
        false, true, grace);
  }
}

package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.WorkerLauncher;
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
 * The process launcher with reuse, controller's side, against serving workers that are shell scripts: jobs run one
 * after another in one worker, which ends when its input closes; a worker that dies loses its job alone, which runs
 * again in a new worker; one that ended while idle is replaced without charging the next job; one that cannot even
 * start a job is tried three times; an interrupted job's worker is asked to stop; a job that needs a fresh JVM runs
 * as on the process launcher without reuse. Each job's directory holds a file {@code mode} saying what its worker does.
 */
@Timeout(60)
class WarmWorkersTest {

  /** The serving worker: it reads job numbers, one a line, and does what each job's {@code mode} file says. */
  private static final String WORKER = """
      sweep=$1; ready=$2
      if [ "$3" = single ]; then cp "$ready" "$sweep/$4/return.json"; echo "single $$"; exit 0; fi
      echo "worker $$ up" >&2
      while read n; do
        dir="$sweep/$n"; mode=$(cat "$dir/mode")
        [ "$mode" = gone ] && exit 5
        printf '\\001hookline-worker started %s\\n' "$n"
        echo "pid $$ secret $HOOKLINE_TEST_SECRET"
        case $mode in
          ok) cp "$ready" "$dir/return.json" ;;
          ok-then-end) cp "$ready" "$dir/return.json"; printf '\\001hookline-worker ended %s\\n' "$n"; exit 0 ;;
          dies) echo "dying on $n" >&2; exit 7 ;;
          dies-once) if [ -f "$dir/tried" ]; then cp "$ready" "$dir/return.json"; else touch "$dir/tried"; exit 7; fi ;;
          stops) trap 'cp "$ready" "$dir/return.json"; exit 0' TERM; touch "$dir/started"; while :; do sleep 0.05; done ;;
        esac
        printf '\\001hookline-worker ended %s\\n' "$n"
      done
      echo "worker $$ done" >&2
      """;

  @TempDir Path temp;
  private Path sweep;
  private Path ready;
  private WarmWorkers workers;
  private final ByteArrayOutputStream said = new ByteArrayOutputStream();
  private PrintStream err;

  @BeforeEach
  void servingWorkers() throws IOException {
    Path script = Files.writeString(temp.resolve("worker.sh"), WORKER);
    sweep = Files.createDirectories(temp.resolve("sweep"));
    ready = temp.resolve("ready.json");
    JobReturnJson.write(ready, new JobReturn(Status.COMPLETED, "done", null, List.of("lr=0.1"), 0, "0", null,
        Instant.EPOCH, Instant.EPOCH.plusSeconds(1)));
    workers = WarmWorkers.of(List.of("sh", script.toString()));
    err = System.err;
    System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void closed() {
    workers.close();
    System.setErr(err);
  }

  @Test
  void jobsRunOneAfterAnotherInOneWorkerWhichEndsWhenItsInputCloses() throws IOException {
    List<LocalLauncher.Job> jobs = workers.jobs(List.of(job(0, "ok"), job(1, "ok"), job(2, "ok")), 0);

    for (LocalLauncher.Job job : jobs) {
      assertThat(job.run().status()).isEqualTo(Status.COMPLETED);
    }
    workers.close();

    String pid = Files.readString(sweep.resolve("0/out.log")).split(" ")[1];
    for (int n = 0; n < 3; n++) {
      assertThat(sweep.resolve(n + "/out.log")).hasContent("pid " + pid + " secret s3cret");
      assertThat(Files.readString(sweep.resolve(n + "/.hookline/worker.pid"))).startsWith(pid + " ");
    }
    assertThat(workerLogs()).containsExactly("1.log");
    assertThat(sweep.resolve(".hookline/workers/1.log")).hasContent("worker " + pid + " up\nworker " + pid + " done");
    assertThat(said.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aWorkerThatDiesLosesItsJobAloneWhichRunsAgainInANewWorker() throws IOException {
    List<LocalLauncher.Job> jobs = workers.jobs(List.of(job(0, "dies-once"), job(1, "ok")), 1);

    assertThat(jobs.get(0).run().status()).isEqualTo(Status.COMPLETED);
    assertThat(jobs.get(1).run().status()).isEqualTo(Status.COMPLETED);

    assertThat(said.toString(StandardCharsets.UTF_8)).matches("job 0 lost: its worker exited with code 7 before"
        + " writing the job's result \\(its last words: worker [0-9]+ up\\); running it again\n");
    assertThat(workerLogs()).containsExactly("1.log", "2.log");
    assertThat(Files.readAllLines(sweep.resolve("0/out.log"))).hasSize(2);
  }

  @Test
  void aJobWhoseWorkersKeepDyingIsLostWithTheirLastWords() throws IOException {
    JobReturn result = workers.jobs(List.of(job(0, "dies")), 1).get(0).run();

    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.error()).isInstanceOf(JobLostException.class).hasMessage("lost: its worker exited with code 7"
        + " before writing the job's result, on attempt 2 (its last words: dying on 0)");
  }

  @Test
  void aWorkerThatSaysItEndedAJobWithoutAReturnLosesItAndServesTheNext() throws IOException {
    List<LocalLauncher.Job> jobs = workers.jobs(List.of(job(0, "no-return"), job(1, "ok")), 3);

    assertThat(jobs.get(0).run().error()).isInstanceOf(JobLostException.class)
        .hasMessage("lost: its worker said it ended the job but wrote no return");
    assertThat(jobs.get(1).run().status()).isEqualTo(Status.COMPLETED);
    assertThat(workerLogs()).containsExactly("1.log");
  }

  @Test
  void aWorkerThatEndedWhileIdleIsReplacedWithoutChargingTheNextJob() throws IOException {
    List<LocalLauncher.Job> jobs = workers.jobs(List.of(job(0, "ok-then-end"), job(1, "ok")), 0);

    assertThat(jobs.get(0).run().status()).isEqualTo(Status.COMPLETED);
    assertThat(jobs.get(1).run().status()).isEqualTo(Status.COMPLETED);
    assertThat(workerLogs()).containsExactly("1.log", "2.log");
    assertThat(said.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aJobNoWorkerCanStartIsLostAfterThreeWorkers() throws IOException {
    JobReturn result = workers.jobs(List.of(job(0, "gone")), 5).get(0).run();

    assertThat(result.error()).isInstanceOf(JobLostException.class).message().matches("lost: no worker could start"
        + " it: the worker exited with code 5 as it started \\(its last words: worker [0-9]+ up\\)");
    assertThat(workerLogs()).containsExactly("1.log", "2.log", "3.log");
  }

  @Test
  void anInterruptedJobsWorkerIsAskedToStopAndItsReturnKept() throws Exception {
    LocalLauncher.Job job = workers.jobs(List.of(job(0, "stops")), 0).get(0);
    CompletableFuture<JobReturn> result = new CompletableFuture<>();
    CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
    Thread controller = new Thread(() -> {
      result.complete(job.run());
      interrupted.complete(Thread.currentThread().isInterrupted());
    });
    controller.start();
    while (!Files.exists(sweep.resolve("0/started"))) {
      Thread.sleep(10);
    }
    controller.interrupt();

    assertThat(result.get(30, TimeUnit.SECONDS).status()).isEqualTo(Status.COMPLETED);
    assertThat(interrupted.get(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aSkippedJobStartsNoWorker() {
    WorkerLauncher.Job skipped = new ScriptedJob(0, sweep.resolve("0"), List.of(), serving(), true, true,
        Duration.ofSeconds(1));

    assertThat(workers.jobs(List.of(skipped), 0).get(0).run().status()).isEqualTo(Status.SKIPPED);
    assertThat(sweep.resolve(".hookline")).doesNotExist();
  }

  @Test
  void aJobThatNeedsAFreshJvmRunsAsWithoutReuse() throws IOException {
    Path dir = Files.createDirectories(sweep.resolve("0"));
    WorkerLauncher.Job fresh = new ScriptedJob(0, dir, List.of(sweep.toString(), ready.toString(), "single", "0"),
        serving(), false, false, Duration.ofSeconds(30));

    assertThat(workers.jobs(List.of(fresh), 0).get(0).run().status()).isEqualTo(Status.COMPLETED);
    assertThat(Files.readString(dir.resolve("out.log"))).startsWith("single ");
    assertThat(sweep.resolve(".hookline/workers")).doesNotExist();
  }

  private ScriptedJob job(int number, String mode) throws IOException {
    Path dir = Files.createDirectories(sweep.resolve(Integer.toString(number)));
    Files.writeString(dir.resolve("mode"), mode);
    return new ScriptedJob(number, dir, List.of(), serving(), false, true, Duration.ofSeconds(30));
  }

  private List<String> serving() {
    return List.of(sweep.toString(), ready.toString());
  }

  private List<String> workerLogs() throws IOException {
    try (var logs = Files.list(sweep.resolve(".hookline/workers"))) {
      return logs.map(log -> log.getFileName().toString()).sorted().toList();
    }
  }
}

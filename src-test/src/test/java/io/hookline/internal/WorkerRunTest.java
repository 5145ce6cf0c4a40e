package io.hookline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Outcome;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.launch.WorkerLauncher;
import io.hookline.launch.internal.Worker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-job worker, run in this JVM through the program's worker arguments: it leaves its mark and writes its job's
 * return; a return it cannot write is one line and exit code 1 (as its mark, which it cannot leave either); interrupted while the controller's skip mark is in its
 * folder, its job is SKIPPED rather than INTERRUPTED.
 */
class WorkerRunTest {

  @TempDir Path temp;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private RecordedSweep sweeps;
  private App app;

  @BeforeEach
  void anAppOnALauncherThatRecordsItsJobs() {
    sweeps = new RecordedSweep(temp);
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    app = sweeps.app.output(stream, stream);
  }

  @Test
  void aWorkerLeavesItsMarkAndWritesItsJobsReturn() throws IOException {
    sweeps.plan(app, "lr=1,2");
    WorkerLauncher.Job job = sweeps.planned.get(1);

    assertThat(app.invoke(job.workerArguments().toArray(String[]::new)).exitCode()).isZero();

    JobReturn written = JobReturnJson.read(job.returnFile(), job.directory());
    assertThat(written.status()).isEqualTo(Status.COMPLETED);
    assertThat(written.value()).isEqualTo(2);
    assertThat(job.directory().resolve(".hookline/worker.pid")).isRegularFile();
  }

  @Test
  void aReturnThatCannotBeWrittenIsOneLineAndExitCode1() throws IOException {
    sweeps.plan(app, "lr=1");
    WorkerLauncher.Job job = sweeps.planned.get(0);
    Files.writeString(job.returnFile().getParent(), "a file where the job's own folder goes");
    err.reset();

    Outcome outcome = app.invoke(job.workerArguments().toArray(String[]::new));

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).satisfiesExactly(
        mark -> assertThat(mark).startsWith("serve: warning: cannot leave the worker's mark in " + job.directory()),
        written -> assertThat(written).startsWith("serve: cannot write the job's return " + job.returnFile() + ": "));
  }

  @Test
  void anInterruptedJobIsSkippedWhenTheControllerMarkedItSo() throws IOException {
    sweeps.plan(app, "lr=99,98");
    WorkerLauncher.Job marked = sweeps.planned.get(0);
    Files.createDirectories(Worker.skipMark(marked.directory()).getParent());
    Files.writeString(Worker.skipMark(marked.directory()), "");

    app.invoke(marked.workerArguments().toArray(String[]::new));

    assertThat(JobReturnJson.read(marked.returnFile(), marked.directory()).status()).isEqualTo(Status.SKIPPED);
  }
}

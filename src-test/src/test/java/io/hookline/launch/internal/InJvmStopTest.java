package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep on workers ({@link InJvmWorkers}) that its failure policy stops, running jobs too ({@code --stop-running}):
 * the jobs without a return get the skip mark in their folders, so that a worker that has not started its job yet
 * ends it SKIPPED.
 */
class InJvmStopTest {

  @TempDir
  Path dir;

  /** A config: job 0 fails, the others take 300 ms. */
  public record Job(int n) {
    public Job() {
      this(0);
    }
  }

  @Test
  void theJobsWithoutAReturnAreMarkedAndSkipped() {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    App[] app = new App[1];
    app[0] = App.named("stopped").directory(dir).outputs(OutputDirs.defaults()).output(quiet, quiet)
        .launcher(new InJvmWorkers(1, args -> app[0].invoke(args.toArray(String[]::new))))
        .command(Command.of("job", invocation -> {
          int n = invocation.config(Job.class).n();
          if (n == 0) {
            throw new IllegalStateException("job 0 fails");
          }
          Thread.sleep(300);
          return n;
        }).config(ConfigSpec.of(Job.class)));

    Outcome outcome = app[0].invoke("job", "-m", "--fail-fast", "--stop-running", "n=0,1,2,3");

    List<Status> statuses = outcome.jobs().stream().map(JobReturn::status).toList();
    assertThat(statuses.get(0)).isEqualTo(Status.FAILED);
    assertThat(statuses.subList(2, 4)).containsOnly(Status.SKIPPED);
    Path last = Objects.requireNonNull(outcome.jobs().get(3).outputDir());
    assertThat(Worker.skipMark(last)).exists();
    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
  }
}

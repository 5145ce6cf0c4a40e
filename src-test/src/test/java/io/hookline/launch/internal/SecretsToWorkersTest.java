package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.JobReturn;
import io.hookline.command.internal.SecretOptions;
import io.hookline.launch.WorkerLauncher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a worker launcher is given of a secret option: the plan its workers read holds the mask, never the value, and
 * each job's environment holds the value under the option's variable. Read by a launcher that starts no worker and
 * ends each job SKIPPED.
 */
class SecretsToWorkersTest {

  @TempDir
  Path dir;

  @Test
  void thePlanHoldsTheMaskAndTheEnvironmentTheValue() {
    List<Map<String, String>> environments = new ArrayList<>();
    List<String> plans = new ArrayList<>();
    WorkerLauncher reading = new WorkerLauncher() {
      @Override
      public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
        try {
          plans.add(Files.readString(Path.of(jobs.get(0).workerArguments().get(1))));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        for (Job job : jobs) {
          environments.add(job.environment());
          ended.accept(WorkerResults.skipped(job));
        }
      }

      @Override
      public String name() {
        return "reading";
      }
    };
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    App app = App.named("vault").directory(dir).outputs(OutputDirs.defaults()).output(quiet, quiet).launcher(reading)
        .command(Command.of("login", invocation -> null).config(ConfigSpec.of("job", Map.of("n", 0)))
            .option(OptionSpec.withValue("db-password", "WORD", "the password").secret())
            .option(OptionSpec.withValue("user", "NAME", "who")));

    Outcome outcome = app.invoke("login", "--db-password", "s3cret", "--user", "ada", "-m", "n=1,2");
    assertThat(outcome.exitCode()).as(String.valueOf(outcome.error())).isEqualTo(Outcome.OK);

    assertThat(plans).singleElement().asString().contains("********", "ada").doesNotContain("s3cret");
    assertThat(environments).containsExactly(Map.of("HOOKLINE_SECRET_DB_PASSWORD", "s3cret"),
        Map.of("HOOKLINE_SECRET_DB_PASSWORD", "s3cret"));
    assertThat(SecretOptions.variable("db.pass-word")).isEqualTo("HOOKLINE_SECRET_DB_PASS_WORD");
  }
}

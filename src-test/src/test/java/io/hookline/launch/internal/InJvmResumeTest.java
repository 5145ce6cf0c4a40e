package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resuming a sweep whose jobs ran on workers ({@link InJvmWorkers}, threads of this JVM through the worker entry
 * point): a job whose worker wrote its return but whose controller died before journaling it is adopted from its
 * folder, not run again, and the journal gets its return. The same with real processes and a killed controller is
 * {@code KilledControllerTest}'s.
 */
class InJvmResumeTest {

  @TempDir
  Path dir;

  private final AtomicInteger runs = new AtomicInteger();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** A config. */
  public record Job(int n) {
    public Job() {
      this(0);
    }
  }

  private App app() {
    App[] app = new App[1];
    app[0] = App.named("resumed").directory(dir).outputs(OutputDirs.defaults())
        .output(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .launcher(new InJvmWorkers(2, args -> app[0].invoke(args.toArray(String[]::new))))
        .command(Command.of("job", invocation -> {
          runs.incrementAndGet();
          return invocation.config(Job.class).n() * 10;
        }).config(ConfigSpec.of(Job.class)));
    return app[0];
  }

  @Test
  void aReturnTheJournalMissedIsAdoptedAndTheJobDoesNotRunAgain() throws IOException {
    assertThat(app().invoke("job", "-m", "n=1,2").exitCode()).isEqualTo(Outcome.OK);
    Path sweep;
    try (Stream<Path> files = Files.walk(dir.resolve("multirun"))) {
      sweep = files.filter(file -> file.endsWith(Journal.FILE)).findFirst().orElseThrow().getParent();
    }
    Path journal = sweep.resolve(Journal.FILE);
    List<String> lines = Files.readAllLines(journal);
    // The controller died before it journaled either return; the workers, which ended, wrote theirs.
    Files.write(journal, lines.stream().filter(line -> !line.startsWith("{\"record\":\"return\"")).toList());
    for (String job : List.of("0", "1")) {
      Files.delete(sweep.resolve(job).resolve(".hookline").resolve(WorkerMark.FILE));
    }
    runs.set(0);

    Outcome resumed = app().invoke("--resume", sweep.toString());

    assertThat(resumed.exitCode()).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Outcome.OK);
    assertThat(runs).hasValue(0);
    assertThat(resumed.jobs()).extracting(result -> result.value()).containsExactly(10, 20);
    assertThat(Journal.read(sweep).returns()).containsOnlyKeys(0, 1);
  }
}

package io.hookline.firsthour;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.cli.Captured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep declared in a composed config is never ignored in silence: {@code hookline.mode: MULTIRUN} runs it without
 * {@code -m}, as Hydra's {@code hydra.mode} does, and without that mode a run without {@code -m} is one run that says
 * so.
 */
class DeclaredSweepTest {

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  private App app(String hookline) throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf"));
    Files.writeString(conf.resolve("config.yaml"), "x: 0\nhookline:\n" + hookline.indent(2));
    return captured.app("tune", dir).compose(Composition.folder(Path.of("conf")))
        .command(Command.of("train", inv -> inv.config("cfg", Map.class).get("x"))
            .config(ConfigSpec.of("cfg", Map.of()).at("")));
  }

  @Test
  void aDeclaredSweepWithoutDashMRunsOnceAndSaysSo() throws IOException {
    Outcome outcome = app("sweeper:\n  params:\n    x: 1,2,3\n").invoke("train");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs()).hasSize(1);
    assertThat(captured.err()).isEqualTo("tune: the sweep declared in conf/config.yaml:3:3 is not run: this is one"
        + " run; add -m, or set hookline.mode: MULTIRUN, to run the sweep\n");
  }

  @Test
  void modeMultirunRunsTheDeclaredSweepWithoutDashM() throws IOException {
    Outcome outcome = app("mode: MULTIRUN\nsweeper:\n  params:\n    x: 1,2,3\n").invoke("train");

    assertThat(outcome.exitCode()).as(captured.err()).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs()).extracting(job -> job.value()).containsExactly(1, 2, 3);
  }

  @Test
  void modeRunKeepsTheDeclaredSweepForDashMAndSaysNothing() throws IOException {
    Outcome outcome = app("mode: RUN\nsweeper:\n  params:\n    x: 1,2,3\n").invoke("train");

    assertThat(outcome.jobs()).hasSize(1);
    assertThat(captured.err()).isEmpty();
  }

  @Test
  void anotherModeIsOneLine() throws IOException {
    Outcome outcome = app("mode: SWEEP\n").invoke("train");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("tune: conf/config.yaml:3:3: 'hookline.mode' is MULTIRUN or RUN, not"
        + " 'SWEEP'\n");
  }
}

package io.hookline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config's path that exists but is not a file to read: a folder, a FIFO, a dangling link. Each is bad input in one
 * line, exit code 2, and nothing is written in its place; none hangs, and none is silently read as missing.
 */
class ConfigPathsTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return App.named("paths")
        .directory(dir)
        .outputs(OutputDirs.off())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("job", inv -> "done").config(ConfigSpec.of("params", Map.of("n", 0))))
        .wake(args);
  }

  private void refused(String said) {
    String printed = err.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines().toList()).as(printed).hasSize(1);
    assertThat(printed).isEqualTo("paths: " + said + "\n");
  }

  @Test
  void aFolderIsNotAConfigFile() throws Exception {
    Files.createDirectory(dir.resolve("params.yaml"));

    assertThat(run("job")).isEqualTo(Outcome.USAGE);
    refused("config 'params': params.yaml is not a file");
  }

  @StartsProcesses
  @Test
  void aFifoIsNotReadAndDoesNotHang() throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("params.yaml").toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThat(run("job")).isEqualTo(Outcome.USAGE);
    refused("config 'params': params.yaml is not a file");
  }

  @Test
  void aDanglingLinkIsNotAMissingFileToWrite() throws Exception {
    Files.createSymbolicLink(dir.resolve("params.yaml"), dir.resolve("nowhere.yaml"));

    assertThat(run("job")).isEqualTo(Outcome.USAGE);
    refused("config 'params': params.yaml is a link to nowhere (" + dir.resolve("nowhere.yaml") + ")");
    assertThat(dir.resolve("nowhere.yaml")).doesNotExist();
  }

  /** A config whose constructor checks its values. */
  public record Positive(int n) {
    public Positive {
      if (n < 0) {
        throw new IllegalArgumentException("n must not be negative, not " + n);
      }
    }

    public Positive() {
      this(1);
    }
  }

  @Test
  void aConfigsConstructorThatRejectsAValueIsBadInputInOneLine() {
    int code = App.named("paths")
        .directory(dir)
        .outputs(OutputDirs.off())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("job", inv -> inv.config(Positive.class).n()).config(ConfigSpec.of(Positive.class)))
        .wake("job", "n=-1");

    assertThat(code).isEqualTo(Outcome.USAGE);
    refused("config 'positive': n must not be negative, not -1 (command line: n=-1)");
  }
}

package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import io.hookline.examples.composed.ComposedTrainerApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A composing app on the process launcher, in real JVMs: each worker composes its job's config again (from configs
 * packaged on the class path), creates the composed callbacks, and writes the job's saved config in the folder the
 * example's {@code hookline.sweep.subdir} names; the controller sums the sweep up with the composed callback.
 */
@StartsProcesses
class ComposedWorkersTest {

  @TempDir
  Path dir;

  @Test
  void eachWorkerComposesItsJob() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Dtrainer.home=" + dir, "-cp",
        System.getProperty("java.class.path"), ComposedTrainerApp.class.getName(), "train", "-m", "optimizer=glob(*)",
        "data=letters", "launcher=process", "launcher.workers=2")).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("| 0 | optimizer=adam data=letters | loss ", "| 1 | optimizer=sgd data=letters | loss ",
        "Summary written to ");
    try (Stream<Path> saved = Files.walk(dir).filter(path -> path.endsWith(".hookline/config.yaml"))) {
      assertThat(saved.map(ComposedWorkersTest::read).toList()).hasSize(2).allMatch(text -> text.contains("  name: letters\n  batchSize: 64\n"));
    }
    // the example's hookline.sweep.subdir names each job's folder by its overrides, on the process launcher too
    try (Stream<Path> folders = Files.walk(dir).filter(path -> path.endsWith(".hookline/config.yaml"))) {
      assertThat(folders.map(path -> path.getParent().getParent().getFileName().toString()).sorted().toList())
          .containsExactly("data=letters,optimizer=adam", "data=letters,optimizer=sgd");
    }
    // and each worker's job logs to train.log in its folder
    try (Stream<Path> logs = Files.walk(dir).filter(path -> path.endsWith("train.log"))) {
      assertThat(logs.map(path -> path.getParent().getFileName() + ": " + read(path).lines().findFirst().orElseThrow()
          .replaceAll(".*\\] - ", "")).sorted().toList()).containsExactly(
              "data=letters,optimizer=adam: training adam lr=0.01 on letters",
              "data=letters,optimizer=sgd: training sgd lr=0.1 on letters");
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

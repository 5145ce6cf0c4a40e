package io.hookline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import greet.Greet;
import io.hookline.App;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Transcript} runs an app as a user would and gives back what it printed, wrote and exited with. */
class TranscriptTest {

  @TempDir
  Path dir;

  private static App greet() {
    return Greet.app();
  }

  @Test
  void theGuidesExampleChecksARunAsAUserSeesIt() {
    App app = greet();
    // tag::transcript[]
    Transcript run = Transcript.of(app, dir, "hello", "name=Ada");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("Hello, Ada!\n");
    assertThat(run.written()).containsExactly("greeting.yaml");
    // end::transcript[]
  }

  @Test
  void aRunGivesWhatItPrintedOnEitherStreamTheFilesItWroteAndItsExitCode() {
    Transcript first = Transcript.of(greet(), dir, "hello", "name=Ada", "times=2");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo("Hello, Ada!\nHello, Ada!\n");
    assertThat(first.err()).isEmpty();
    assertThat(first.written()).containsExactly("greeting.yaml");

    Transcript again = Transcript.of(greet(), dir, "hello");
    assertThat(again.out()).isEqualTo("Hello, World!\n");
    assertThat(again.written()).as("the config file is read, not written again").isEmpty();
  }

  @Test
  void badInputIsItsOneLineAndExitTwo() {
    Transcript bad = Transcript.of(greet(), dir, "hello", "times=x");

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).isEqualTo("greet: config 'greeting': times: expected int, got \"x\" (command line:"
        + " times=x)\n");
  }

  @Test
  void aSweepsFilesAreListedRelativeAndSorted() throws IOException {
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    Transcript sweep = Transcript.of(greet(), dir, "hello", "-m", "name=Ada,Grace", "--quiet");

    assertThat(sweep.exitCode()).isZero();
    assertThat(sweep.out()).isEqualTo("Hello, Ada!\nHello, Grace!\n");
    assertThat(sweep.written()).contains("greeting.yaml").anyMatch(file -> file.matches("multirun/.*/journal.jsonl"))
        .isSorted();
    assertThat(sweep.outcome().jobs()).hasSize(2);
    assertThat(System.out).as("the standard streams are put back").isSameAs(out);
    assertThat(System.err).isSameAs(err);
    assertThat(Files.exists(dir.resolve("greeting.yaml"))).isTrue();
  }
}

package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Outcome;
import io.hookline.architecture.StartsProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prompts, on a real terminal (tmux's screen, read as a person sees it) and without one: a value left out is asked
 * for, a secret without echo, a value that does not fit asked again; a confirmation runs the command on yes, stops it
 * on no, and {@code --yes} skips it; a sweep asks once, before any job, and its workers in other processes get the
 * secret in their environment; no file a run leaves holds a secret, so {@code --rerun} asks again, or says in one line
 * that it cannot.
 */
class PromptsTest {

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  @StartsProcesses
  @Test
  void aValueLeftOutIsAskedForASecretWithoutEchoAndABadOneAgain() throws Exception {
    try (Terminal terminal = Terminal.start(dir, Terminal.java(PromptApp.class) + " login")) {
      terminal.waitFor("User name: ");
      terminal.type("ann");
      terminal.waitFor("Password: ");
      terminal.type("s3cret");
      terminal.waitFor("Port: ");
      terminal.type("abc");
      terminal.waitFor("not 'abc'");
      terminal.type("8080");
      assertThat(terminal.ended()).isEqualTo("""
          User name: ann
          Password:
          Port: abc
          --port takes a whole number, not 'abc'
          Port: 8080
          job 1: ann with 6 characters on port 8080
          EXIT=0
          """);
    }
    assertThat(filesHolding("s3cret")).isEmpty();
  }

  @StartsProcesses
  @Test
  void anOptionalValueAnsweredWithNothingIsLeftOut() throws Exception {
    try (Terminal terminal = Terminal.start(dir, Terminal.java(PromptApp.class) + " login --user ann")) {
      terminal.waitFor("Password: ");
      terminal.type("pw");
      terminal.waitFor("Port: ");
      terminal.type("");
      assertThat(terminal.ended()).endsWith("job 1: ann with 2 characters\nEXIT=0\n");
    }
  }

  @StartsProcesses
  @Test
  void aConfirmationRunsOnYesStopsOnNoAndTheFlagSkipsIt() throws Exception {
    try (Terminal terminal = Terminal.start(dir, Terminal.java(PromptApp.class) + " drop")) {
      terminal.waitFor("Drop every table? [y/N] ");
      terminal.type("n");
      assertThat(terminal.ended()).isEqualTo("""
          Drop every table? [y/N] n
          vault: command 'drop' was not confirmed; nothing ran
          EXIT=2
          """);
    }
    try (Terminal terminal = Terminal.start(dir, Terminal.java(PromptApp.class) + " drop")) {
      terminal.waitFor("Drop every table? [y/N] ");
      terminal.type("y");
      assertThat(terminal.ended()).isEqualTo("Drop every table? [y/N] y\ndropped every table\nEXIT=0\n");
    }
    try (Terminal terminal = Terminal.start(dir, Terminal.java(PromptApp.class) + " drop --yes")) {
      assertThat(terminal.ended()).isEqualTo("dropped every table\nEXIT=0\n");
    }
  }

  @Test
  void withoutATerminalNothingIsAskedAndWhatIsNeededIsOneLine() {
    assertThat(PromptApp.app().output(System.out, captured.errStream()).invoke("drop").exitCode())
        .isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("vault: command 'drop' asks 'Drop every table?', and there is no terminal to"
        + " answer on; give --yes to answer yes\n");
    captured.resetErr();
    assertThat(PromptApp.app().output(System.out, captured.errStream()).invoke("login", "--user", "ann")
        .exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("vault: command 'login' needs option --password WORD (their password)\n");
    captured.resetErr();
    assertThat(PromptApp.app().output(System.out, captured.errStream()).invoke("login", "--user", "ann",
        "--password", "pw", "--port", "s3cret").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).contains("not 's3cret'");
  }

  @StartsProcesses
  @Test
  void aSweepAsksOnceItsWorkersGetTheSecretAndARerunAsksAgain() throws Exception {
    try (Terminal terminal = Terminal.start(dir, Terminal.java(PromptApp.class)
        + " login --user ann -m n=1,2 launcher=process launcher.workers=2 --quiet")) {
      terminal.waitFor("Password: ");
      terminal.type("s3cret");
      terminal.waitFor("Port: ");
      terminal.type("");
      String screen = terminal.ended();
      assertThat(screen.lines().filter(line -> line.startsWith("Password:"))).hasSize(1);
      assertThat(screen).endsWith("EXIT=0\n");
    }
    assertThat(workersOutput()).as("what the workers printed").containsExactlyInAnyOrder(
        "job 1: ann with 6 characters (from the environment)", "job 2: ann with 6 characters (from the environment)");
    assertThat(filesHolding("s3cret")).isEmpty();
    Path job = jobFolder();
    assertThat(Files.readString(job.resolve(".hookline/job.yaml"))).contains("  password:\n    - \"********\"\n");

    assertThat(PromptApp.app().directory(dir).output(System.out, captured.errStream()).invoke("--rerun",
        job.toString()).exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("vault: option --password of command 'login' is secret, so no file of the"
        + " run keeps it; run this on a terminal to be asked for it\n");
    try (Terminal terminal = Terminal.start(dir, Terminal.java(PromptApp.class) + " --rerun " + job)) {
      terminal.waitFor("Password: ");
      terminal.type("other");
      assertThat(terminal.ended()).contains("job 1: ann with 5 characters\n").endsWith("EXIT=0\n");
    }
  }

  /** Returns the files under the test's folder whose text holds {@code text}. */
  private List<Path> filesHolding(String text) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(file -> {
        try {
          return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
          return false;
        }
      }).toList();
    }
  }

  /** Returns the lines the workers printed, in their jobs' {@code out.log}. */
  private List<String> workersOutput() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(file -> file.endsWith("out.log")).flatMap(file -> {
        try {
          return Files.readAllLines(file).stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  /** Returns the folder of the sweep's first job. */
  private Path jobFolder() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(file -> file.endsWith(Path.of(".hookline", "job.yaml"))).map(file -> file.getParent()
          .getParent()).sorted().findFirst().orElseThrow();
    }
  }
}

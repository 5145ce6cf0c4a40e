package io.hookline.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Failure;
import io.hookline.Outcome;
import io.hookline.callback.JobReturn;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.cli.Captured;
import io.hookline.failure.internal.Causes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A throwable whose chain of causes loops back on itself or runs on for thousands of causes is printed, saved and read
 * back in bounded form, cut with a word that says so, wherever Hookline handles it.
 */
class CauseChainsTest {

  @TempDir
  Path dir;

  /** Returns an exception whose causes loop: a, c, a, … */
  static IllegalStateException loop() {
    IllegalStateException a = new IllegalStateException("a");
    a.initCause(new IllegalArgumentException("c", a));
    return a;
  }

  /** Returns an exception with {@code depth} causes below it. */
  static RuntimeException deep(int depth) {
    RuntimeException error = new RuntimeException("bottom");
    for (int i = 0; i < depth; i++) {
      error = new RuntimeException("level " + i, error);
    }
    return error;
  }

  @Test
  void aChainIsCutAtItsLoopAndAfterItsLimit() {
    Causes looped = Causes.of(loop());
    assertThat(looped.chain()).extracting(Throwable::getMessage).containsExactly("a", "c");
    assertThat(looped.cut()).isEqualTo("the chain of causes loops back to java.lang.IllegalStateException");

    Causes long_ = Causes.of(deep(10_000));
    assertThat(long_.chain()).hasSize(Causes.LIMIT);
    assertThat(long_.cut()).isEqualTo("the chain of causes goes on past " + Causes.LIMIT);

    Causes plain = Causes.of(new IllegalStateException("x", new IOException("y")));
    assertThat(plain.chain()).hasSize(2);
    assertThat(plain.cut()).isNull();
  }

  @Test
  void aFailingRunPrintsALoopingChainOnceAndSaysWhereItWasCut() {
    Captured captured = new Captured();
    App app = captured.app("app", dir).command(Command.of("task", inv -> {
      throw loop();
    }));

    assertThat(app.invoke("task").exitCode()).isEqualTo(Outcome.FAILED);

    String err = captured.err();
    assertThat(err.lines().filter(line -> line.startsWith("Caused by: "))).containsExactly(
        "Caused by: java.lang.IllegalArgumentException: c");
    assertThat(err).contains("(cut: the chain of causes loops back to java.lang.IllegalStateException)");
    assertThat(err.lines().count()).isLessThan(200);
  }

  @Test
  void aFailingRunPrintsAtMostTheLimitOfAHugeChain() {
    Captured captured = new Captured();
    App app = captured.app("app", dir).command(Command.of("task", inv -> {
      throw deep(100_000);
    }));

    assertThat(app.invoke("task").exitCode()).isEqualTo(Outcome.FAILED);

    assertThat(captured.err().lines().filter(line -> line.startsWith("Caused by: ")))
        .hasSize(Causes.LIMIT - 1);
    assertThat(captured.err()).contains("(cut: the chain of causes goes on past 32)");
  }

  @Test
  void aReturnSavesAndReadsBackABoundedChain() throws IOException {
    Instant now = Instant.now();
    for (Throwable error : List.of(loop(), deep(10_000))) {
      Path file = dir.resolve("return.json");
      Files.deleteIfExists(file);
      JobReturnJson.write(file, JobReturn.failed(new Failure(Failure.Kind.JOB, error), List.of(), 0, "0", null, now,
          now));

      JobReturn read = JobReturnJson.read(file, null);

      assertThat(Causes.of(read.error()).cut()).as("read back, the chain ends where it was cut").isNull();
      assertThat(Causes.of(read.error()).chain()).hasSize(Causes.of(error).chain().size());
      assertThat(Files.readString(file)).contains("\"cut\"");
    }
  }
}

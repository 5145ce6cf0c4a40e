package io.hookline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Failure;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The progress line as a terminal receives it, byte for byte: drawn after each job's end, cleared before any text the
 * jobs print and drawn again once that text ends its line, never drawn over a line still being written, and left on
 * its own line at the end, with the standard streams put back. {@code hydra.ProgressLineTest} reads the same line off
 * a real terminal's screen.
 */
class ProgressShownTest {

  private static final String CLEAR = "\r\033[K";

  private final ByteArrayOutputStream terminalOut = new ByteArrayOutputStream();
  private final ByteArrayOutputStream terminalErr = new ByteArrayOutputStream();

  private static JobReturn ended(Status status) {
    Instant now = Instant.now();
    Failure failure = status == Status.COMPLETED ? null : new Failure(Failure.Kind.JOB, new IllegalStateException());
    return new JobReturn(status, null, failure, List.of(), 0, "0", null, now, now);
  }

  /**
   * Runs {@code test} on a line shown on the two capturing streams, made the standard streams first, as
   * {@link Progress#on} requires; puts the test's own standard streams back after.
   */
  private void onTerminal(Consumer<Progress.Shown> test) {
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    PrintStream out = new PrintStream(terminalOut, true);
    PrintStream err = new PrintStream(terminalErr, true);
    System.setOut(out);
    System.setErr(err);
    try {
      test.accept(new Progress.Shown(out, err));
      assertThat(System.out).isSameAs(out);
      assertThat(System.err).isSameAs(err);
    } finally {
      System.setOut(systemOut);
      System.setErr(systemErr);
    }
  }

  /** Returns what {@code stream} received, its clock readings, which depend on the machine's speed, as {@code T}. */
  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8).replaceAll("elapsed \\d+:\\d\\d, left ~\\d+:\\d\\d",
        "elapsed T, left ~T");
  }

  @Test
  void theLineIsDrawnBelowWhatTheJobsPrintAndLeftOnItsOwnLine() {
    onTerminal(line -> {
      assertThat(System.out).isSameAs(line.out());
      assertThat(System.err).isSameAs(line.err());
      line.batch(2);
      line.batch(1);
      line.out().print("job says\n");
      line.ended(ended(Status.COMPLETED));
      assertThat(text(terminalErr)).isEqualTo("[1/3] 0 failed, elapsed T, left ~T");

      line.err().print("half a line");
      line.ended(ended(Status.FAILED)); // not drawn over the half line
      line.err().print(", ended\n");
      line.out().write(new byte[0], 0, 0);
      assertThat(text(terminalErr)).isEqualTo("[1/3] 0 failed, elapsed T, left ~T" + CLEAR + "half a line"
          + ", ended\n" + "[2/3] 1 failed, elapsed T, left ~T");
      line.out().write('x');
      line.out().flush();
      line.close();
    });
    assertThat(text(terminalOut)).isEqualTo("job says\nx");
    assertThat(text(terminalErr)).endsWith("[2/3] 1 failed, elapsed T, left ~T" + CLEAR
        + "\n[2/3] 1 failed, elapsed T, left ~T\n");
  }

  @Test
  void aLineNeverDrawnLeavesNothingAtTheEnd() {
    onTerminal(line -> {
      line.out().print("only text\n");
      line.close();
    });
    assertThat(text(terminalOut)).isEqualTo("only text\n");
    assertThat(text(terminalErr)).isEmpty();
  }

  @Test
  void theClockReadsMinutesAndTwoDigitsOfSeconds() {
    assertThat(Progress.Shown.clock(Duration.ofMillis(9_999))).isEqualTo("0:09");
    assertThat(Progress.Shown.clock(Duration.ofSeconds(10))).isEqualTo("0:10");
    assertThat(Progress.Shown.clock(Duration.ofSeconds(65))).isEqualTo("1:05");
    assertThat(Progress.Shown.clock(Duration.ofSeconds(3_600))).isEqualTo("60:00");
  }

  @Test
  void aSilentLineHandsTheStreamsOnUntouched() {
    PrintStream out = new PrintStream(terminalOut, true);
    PrintStream err = new PrintStream(terminalErr, true);
    try (Progress silent = Progress.on(out, err, true)) {
      assertThat(silent.out()).isSameAs(out);
      assertThat(silent.err()).isSameAs(err);
      silent.batch(1);
      silent.ended(ended(Status.COMPLETED));
    }
    assertThat(text(terminalErr)).isEmpty();
    assertThat(Progress.on(System.out, System.err, false).out()).isSameAs(System.out);
  }
}

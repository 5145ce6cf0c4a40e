package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.callback.Callback;
import io.hookline.cli.Captured;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Callback#logJobReturns()} writes one line per job to the app's error stream, or sends it through {@code System.Logger};
 * a failure is reported once, by the app, with its trace once.
 */
class LogJobReturnsTest {

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  /** The job's config. */
  public record Params(int n) {
    /** The default. */
    public Params() {
      this(0);
    }
  }

  private App app(Callback log) {
    return captured.app("prog", dir).callback("log", log)
        .command(Command.of("job", inv -> {
          if (inv.overrides().contains("n=2")) {
            throw new IllegalStateException("two");
          }
          return "fine";
        }).config(ConfigSpec.of("params", Params.class)));
  }

  @Test
  void eachJobIsOneLineOnTheAppsErrorStreamAndEachFailureIsReportedOnce() {
    app(Callback.logJobReturns()).invoke("job", "-m", "n=1,2");

    List<String> lines = captured.err().lines().toList();
    assertThat(lines).filteredOn(line -> line.startsWith("prog: job job #")).satisfiesExactly(
        line -> assertThat(line).matches("prog: job job #0 \\[n=1] completed in \\d+ ms: fine"),
        line -> assertThat(line).matches("prog: job job #1 \\[n=2] failed in \\d+ ms: java.lang.IllegalStateException:"
            + " two"));
    assertThat(captured.err()).doesNotContain("\tat io.hookline.");
  }

  @Test
  void aSingleRunsFailureHasItsTraceOnceAndBadInputIsOneLine() {
    assertThat(app(Callback.logJobReturns()).invoke("job", "n=2").exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(captured.err().lines()
        .filter(line -> line.startsWith("\tat io.hookline.hydra.LogJobReturnsTest.lambda$app$")))
        .as("the trace, once").hasSize(1);
    assertThat(captured.err().lines().findFirst().orElseThrow())
        .matches("prog: job job #0 \\[n=2] failed in \\d+ ms: java.lang.IllegalStateException: two");
    captured.resetErr();

    assertThat(app(Callback.logJobReturns()).invoke("job", "n=x").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err().lines()).hasSize(2).first().asString()
        .matches("prog: job job #0 \\[n=x] failed in \\d+ ms on bad input");
  }

  @Test
  void theLoggerVariantSendsTheSameLinesAndSetsUpNoLogging() {
    List<LogRecord> records = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger("jobs");
    Level level = logger.getLevel();
    boolean parents = logger.getUseParentHandlers();
    logger.addHandler(handler);
    try {
      app(Callback.logJobReturns(System.getLogger("jobs"))).invoke("job", "-m", "n=1,2");
    } finally {
      logger.removeHandler(handler);
    }

    assertThat(records).hasSize(2);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.INFO);
    assertThat(records.get(0).getMessage()).matches("job job #0 \\[n=1] completed in \\d+ ms: fine");
    assertThat(records.get(1).getLevel()).isEqualTo(Level.SEVERE);
    assertThat(records.get(1).getMessage()).matches("job job #1 \\[n=2] failed in \\d+ ms:"
        + " java.lang.IllegalStateException: two");
    assertThat(records.get(1).getThrown()).as("the trace is the app's to print").isNull();
    assertThat(logger.getLevel()).isEqualTo(level);
    assertThat(logger.getUseParentHandlers()).isEqualTo(parents);
    assertThat(captured.err()).doesNotContain("job job #");
  }
}

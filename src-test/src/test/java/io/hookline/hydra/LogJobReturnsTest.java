package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.callback.LogJobReturns;
import io.hookline.command.Command;
import io.hookline.config.ConfigSpec;
import io.hookline.launch.OutputDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LogJobReturns} logs a completed job at INFO and a failed one at SEVERE with its exception. */
class LogJobReturnsTest {

  @TempDir
  Path dir;

  @Test
  void eachJobIsLoggedWithItsOutcome() {
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
    Logger logger = Logger.getLogger(LogJobReturns.class.getName());
    logger.addHandler(handler);
    try {
      App.named("prog")
          .directory(dir)
          .outputs(OutputDirs.off())
          .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))
          .callback("log", new LogJobReturns())
          .command(Command.of("job", inv -> {
            if (inv.overrides().contains("n=2")) {
              throw new IllegalStateException("two");
            }
            return "fine";
          }).withConfig(ConfigSpec.of("params", Map.of("n", 0))))
          .invoke("job", "-m", "n=1,2");
    } finally {
      logger.removeHandler(handler);
    }

    assertThat(records).hasSize(2);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.INFO);
    assertThat(records.get(0).getMessage()).matches("job job #0 \\[n=1] completed in \\d+ ms: fine");
    assertThat(records.get(1).getLevel()).isEqualTo(Level.SEVERE);
    assertThat(records.get(1).getMessage()).isEqualTo("job job #1 [n=2] failed");
    assertThat(records.get(1).getThrown()).hasMessage("two");
  }
}

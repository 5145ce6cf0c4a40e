package io.hookline.command.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import java.lang.System.Logger.Level;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The settings of a job's log as laws: a format gives back its literal text, braces doubled included, and any message
 * as it is; a kept record keeps every more severe one; and a verbose name holds the loggers below it, never one it is
 * only a prefix of.
 */
class LogSettingsTest {

  private static final ZonedDateTime NOON = ZonedDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);

  private static String line(String format, String message) {
    return LogFormat.of(format).line(NOON, Level.INFO, "a.B", "main", message);
  }

  @Property
  void aFormatGivesBackItsTextWithBracesDoubledAndAnyMessageAsItIs(@ForAll String text, @ForAll String message) {
    String escaped = text.replace("{", "{{").replace("}", "}}");
    assertThat(line(escaped, message)).isEqualTo(text);
    assertThat(line(escaped + "{message}" + escaped, message)).isEqualTo(text + message + text);
  }

  @Example
  void eachFieldIsFilledIn() {
    assertThat(line("[{time}][{logger}][{level}] ({thread}) {message} {time:HH:mm}", "hi"))
        .isEqualTo("[2026-12-07 12:00:00,000][a.B][INFO] (main) hi 12:00");
    assertThatThrownBy(() -> LogFormat.of("{time")).hasMessage("'{' at 0 is not closed; write {{ for a brace");
    assertThatThrownBy(() -> LogFormat.of("a}")).hasMessage("'}' at 1 closes nothing; write }} for a brace");
    assertThatThrownBy(() -> LogFormat.of("{level:x}")).hasMessageStartingWith("no field {level:x};");
    assertThatThrownBy(() -> LogFormat.of("{time:qqqqqq}")).hasMessageStartingWith("{time:qqqqqq}: 'qqqqqq' is not a"
        + " time pattern");
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("abc.$").ofMinLength(1).ofMaxLength(6);
  }

  @Property
  void aKeptRecordKeepsEveryMoreSevereOne(@ForAll("names") String logger, @ForAll Level least, @ForAll Level at,
      @ForAll boolean verbose) {
    LogSettings settings = LogSettings.read(Map.of("job_logging", Map.of("level", least.getName()), "verbose",
        verbose), "job", key -> key);
    for (Level more : Level.values()) {
      if (settings.wants(logger, at) && more != Level.OFF && more.getSeverity() >= at.getSeverity()) {
        assertThat(settings.wants(logger, more)).as(more.getName()).isTrue();
      }
    }
    assertThat(settings.wants(logger, Level.OFF)).as("OFF is no record's level").isFalse();
  }

  @Property
  void aVerboseNameHoldsTheLoggersBelowItAndNoOther(@ForAll("names") String name, @ForAll("names") String logger) {
    LogSettings settings = LogSettings.read(Map.of("verbose", List.of(name)), "job", key -> key);
    boolean below = logger.equals(name) || logger.startsWith(name + ".") || logger.startsWith(name + "$");
    assertThat(settings.wants(logger, Level.DEBUG)).isEqualTo(below);
    assertThat(settings.wants(logger, Level.INFO)).isTrue();
  }

  @Example
  void theDefaultPresetIsWhatAJobGetsWithoutOne() {
    LogSettings defaults = LogSettings.defaults("train");
    assertThat(defaults.file()).isEqualTo("train.log");
    assertThat(LogSettings.read(Map.of(), "train", key -> key)).isEqualTo(defaults);
    assertThatThrownBy(() -> LogSettings.read(Map.of("job_logging", "none"), "train", key -> "here"))
        .isInstanceOf(InputException.class).hasMessage("here: 'hookline.job_logging' is a map of [file, level,"
            + " console, format], or chosen from the presets with hookline/job_logging=default, none or disabled");
  }
}

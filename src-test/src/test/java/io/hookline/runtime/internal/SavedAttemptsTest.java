package io.hookline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.command.internal.ConfigStages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resumed job's earlier attempts: each one's files kept aside in {@code attempt-N/}, counted from 1, and the next
 * attempt started from the configs the latest one saved.
 */
class SavedAttemptsTest {

  @TempDir
  Path dir;

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachAttemptsFilesGoAsideUnderTheNextNumber() throws IOException {
    assertThat(SavedAttempts.archive(dir.resolve("missing"))).isZero();
    assertThat(SavedAttempts.archive(dir)).isZero();
    assertThat(names(dir)).isEmpty();

    Files.writeString(dir.resolve("out.log"), "first");
    Files.createDirectories(dir.resolve(".hookline"));
    Files.writeString(dir.resolve("attempt-9"), "a file, not an attempt");
    assertThat(SavedAttempts.archive(dir)).isEqualTo(1);
    assertThat(names(dir)).containsExactly("attempt-1");
    assertThat(names(dir.resolve("attempt-1"))).containsExactly(".hookline", "attempt-9", "out.log");

    assertThat(SavedAttempts.archive(dir)).isEqualTo(1);
    Files.writeString(dir.resolve("out.log"), "second");
    assertThat(SavedAttempts.archive(dir)).isEqualTo(2);
    assertThat(names(dir)).containsExactly("attempt-1", "attempt-2");
    assertThat(Files.readString(dir.resolve("attempt-2/out.log"))).isEqualTo("second");
    assertThat(Files.readString(dir.resolve("attempt-1/out.log"))).isEqualTo("first");
  }

  private void saved(String attempt) throws IOException {
    Files.createDirectories(dir.resolve(attempt + "/.hookline"));
    Files.writeString(dir.resolve(attempt + "/.hookline/config.yaml"), "a: 1\n");
  }

  @Test
  void theNextAttemptStartsFromTheLatestSavedConfigs() throws IOException {
    assertThat(SavedAttempts.savedConfigs(null, List.of("a=2"), null, dir)).isEmpty();
    assertThat(SavedAttempts.savedConfigs(dir.resolve("missing"), List.of("a=2"), null, dir)).isEmpty();
    Files.createDirectories(dir.resolve("attempt-5/.hookline")); // saved nothing
    assertThat(SavedAttempts.savedConfigs(dir, List.of("a=2"), null, dir)).isEmpty();

    saved("attempt-2");
    saved("attempt-3");
    saved("attempt-x");
    saved("attempt-");
    saved("attempt-123456789"); // nine digits: not an attempt's number
    Files.createDirectories(dir.resolve("attempt-12/.hookline"));

    assertThat(SavedAttempts.savedConfigs(dir, List.of("a=2"), null, dir)).isEqualTo(Map.of(ConfigStages.SAVED,
        new ConfigStages.SavedConfigs(dir.resolve("attempt-3/.hookline/config.yaml"), List.of("a=2"))));
    saved("attempt-12345678");
    assertThat(SavedAttempts.savedConfigs(dir, List.of(), null, dir)).isEqualTo(Map.of(ConfigStages.SAVED,
        new ConfigStages.SavedConfigs(dir.resolve("attempt-12345678/.hookline/config.yaml"), List.of())));
  }
}

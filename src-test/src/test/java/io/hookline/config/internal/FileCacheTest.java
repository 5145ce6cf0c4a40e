package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multirun's file cache parses a file once while it is unchanged, and again once it changes. */
class FileCacheTest {

  @TempDir
  Path dir;

  @Test
  void anUnchangedFileIsParsedOnce() throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "a: 1\n");
    FileCache cache = new FileCache();

    Parsed first = cache.read(file, "c.yaml", Formats.YAML);
    Parsed second = cache.read(file, "c.yaml", Formats.YAML);

    assertThat(second).isSameAs(first);
    assertThat(first.tree()).isEqualTo(Map.of("a", 1));
  }

  @Test
  void aChangedFileIsParsedAgain() throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "a: 1\n");
    FileCache cache = new FileCache();
    Parsed first = cache.read(file, "c.yaml", Formats.YAML);

    Files.writeString(file, "a: 2\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(cache.read(file, "c.yaml", Formats.YAML).tree()).isEqualTo(Map.of("a", 2));
    assertThat(first.tree()).isEqualTo(Map.of("a", 1));
  }
}

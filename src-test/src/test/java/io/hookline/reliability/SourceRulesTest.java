package io.hookline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules that hold for all of Hookline's own code: Jackson's default typing, which lets a document name the class to
 * build, is never turned on, so a config or callback file can only ever become the type declared for it.
 */
class SourceRulesTest {

  private static final Path TOP = Path.of("").toAbsolutePath().getParent();

  @Test
  void jacksonDefaultTypingIsNeverEnabled() throws IOException {
    List<String> forbidden = List.of("activateDefaultTyping", "enableDefaultTyping", "JsonTypeInfo",
        "PolymorphicTypeValidator");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(TOP)) {
      sources = files.filter(path -> path.toString().endsWith(".java") || path.toString().endsWith(".kt"))
          .filter(path -> path.toString().contains("/src/main/"))
          .toList();
    }
    assertThat(sources).hasSizeGreaterThan(50);
    for (Path source : sources) {
      String text = Files.readString(source);
      for (String word : forbidden) {
        assertThat(text).as("%s mentions %s", TOP.relativize(source), word).doesNotContain(word);
      }
    }
  }
}

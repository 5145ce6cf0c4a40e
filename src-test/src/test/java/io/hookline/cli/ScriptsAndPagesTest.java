package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.testkit.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.Shop;

/**
 * What the shop app writes for its users, byte for byte against the files kept in {@code golden/}: its completion
 * scripts for bash, zsh and fish, and its man pages. What they do in real shells and in {@code man} is
 * {@code CompletionShellsTest}'s and {@code ManualTest}'s; this holds every byte in this JVM, where a mutation
 * tester sees it. A change to the text turns this red until the files are written again with
 * {@code -Dhookline.guide.update=true}, to be read before committing.
 */
class ScriptsAndPagesTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @TempDir
  Path dir;

  private static void holds(String name, String written) throws IOException {
    Path kept = GOLDEN.resolve(name);
    if (Boolean.getBoolean("hookline.guide.update")) {
      Files.createDirectories(kept.getParent());
      Files.writeString(kept, written);
    }
    assertThat(written).as("golden/" + name + ", written again").isEqualTo(Files.readString(kept));
  }

  @Test
  void theCompletionScriptsAreTheOnesKept() throws IOException {
    for (String shell : List.of("bash", "zsh", "fish")) {
      Transcript run = Transcript.of(Shop.app(), dir, "--completion", shell);
      assertThat(run.exitCode()).as(run.err()).isZero();
      holds("shop." + shell, run.out());
    }
  }

  @Test
  void theManPagesAreTheOnesKept() throws IOException {
    Transcript run = Transcript.of(Shop.app(), dir, "--man", "man");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path man = dir.resolve("man/man1");
    try (Stream<Path> pages = Files.list(man)) {
      List<Path> sorted = pages.sorted().toList();
      assertThat(sorted).hasSizeGreaterThan(3);
      for (Path page : sorted) {
        holds("man1/" + page.getFileName(), Files.readString(page));
      }
    }
  }
}

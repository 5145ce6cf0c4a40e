package io.hookline.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's quick starts are, word for word, the newcomer's projects that CI builds and runs (src-test/consumer,
 * consumer-scala and consumer-groovy), so the snippets a reader copies are the ones known to compile and run.
 */
class ReadmeSnippetsTest {

  private static final Path TOP = Path.of("").toAbsolutePath().getParent();

  private static String read(String path) throws IOException {
    return Files.readString(TOP.resolve(path)).stripTrailing();
  }

  @Test
  void theJavaQuickStartIsTheConsumersSource() throws IOException {
    assertThat(read("README.md"))
        .contains("```java\n" + read("src-test/consumer/src/main/java/quickstart/Quickstart.java") + "\n```");
  }

  @Test
  void theKotlinQuickStartIsTheConsumersSource() throws IOException {
    assertThat(read("README.md"))
        .contains("```kotlin\n" + read("src-test/consumer/src/main/kotlin/quickstart/Quickstart.kt") + "\n```");
  }

  @Test
  void theScalaAndGroovyQuickStartsAreTheirProjectsSources() throws IOException {
    assertThat(read("README.md"))
        .contains("```scala\n" + read("src-test/consumer-scala/src/main/scala/quickstart/Quickstart.scala") + "\n```")
        .contains("```groovy\n" + read("src-test/consumer-groovy/src/main/groovy/quickstart/Quickstart.groovy")
            + "\n```");
  }
}

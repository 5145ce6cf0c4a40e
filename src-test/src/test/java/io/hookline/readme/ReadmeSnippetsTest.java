package io.hookline.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.examples.trainer.TrainerApp;
import io.hookline.testkit.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README and the guide show is what the build compiles and runs: the README's taste is the guide's
 * getting-started program and the start of its transcript, word for word; its dependency snippets name the version the
 * build makes; and the guide's chapter on JVM languages includes the quick starts that CI builds in Java, Kotlin,
 * Scala 3 and Groovy, rather than copies of them.
 */
class ReadmeSnippetsTest {

  private static final Path TOP = Path.of("").toAbsolutePath().getParent();

  private static String read(String path) throws IOException {
    return Files.readString(TOP.resolve(path)).stripTrailing();
  }

  @Test
  void theTasteIsTheGettingStartedProgramAndItsTranscript() throws IOException {
    String program = read("src-test/src/test/java/greet/Greet.java").lines()
        .filter(line -> !line.contains("tag::") && !line.contains("end::")).collect(Collectors.joining("\n"));
    String transcript = read("docs/guide/transcripts/getting-started.txt");
    String start = transcript.substring(0, transcript.indexOf("$ greet --help")).stripTrailing();

    assertThat(read("README.md")).contains("```java\n" + program + "\n```").contains("```text\n" + start + "\n```");
  }

  @Test
  void theDependencySnippetsNameTheVersionTheBuildMakes() throws IOException {
    Matcher version = Pattern.compile("<artifactId>hookline-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(read("pom.xml"));
    assertThat(version.find()).isTrue();
    String built = version.group(1);

    assertThat(read("README.md"))
        .contains("<artifactId>hookline-core</artifactId>\n  <version>" + built + "</version>")
        .contains("implementation(\"io.hookline:hookline-core:" + built + "\")");
    assertThat(read("docs/getting-started/pom.xml")).contains("<hookline.version>" + built + "</hookline.version>");
  }

  @Test
  void theGuideIncludesTheQuickStartsThatCiBuilds() throws IOException {
    String chapter = read("docs/guide/jvm-languages.adoc");
    for (String source : List.of("src-test/consumer/src/main/java/quickstart/Quickstart.java",
        "src-test/consumer/src/main/kotlin/quickstart/Quickstart.kt",
        "src-test/consumer-scala/src/main/scala/quickstart/Quickstart.scala",
        "src-test/consumer-groovy/src/main/groovy/quickstart/Quickstart.groovy")) {
      assertThat(chapter).contains("include::{root}/" + source + "[]");
      assertThat(TOP.resolve(source)).isRegularFile();
    }
  }

  /**
   * The README's first block is how the example program's default sweep ends: each of its lines but the elision
   * ({@code …}) is a line the program prints, in that order, with the date and time of the sweep's folder and the
   * folder the example writes to (the {@code trainer.home} the first command sets) as the only differences.
   */
  @Test
  void theExamplesEndingIsWhatTheExamplePrints(@TempDir Path home) throws IOException {
    String readme = read("README.md");
    int start = readme.indexOf("```text\n| job | overrides | outcome |");
    assertThat(start).as("the README's block of the example's ending").isNotNegative();
    List<String> shown = readme.substring(start + 8, readme.indexOf("```", start + 8)).lines()
        .filter(line -> !line.equals("…")).map(ReadmeSnippetsTest::undated).toList();

    Transcript ran = Transcript.of(TrainerApp.app(home), home, TrainerApp.DEMO.toArray(String[]::new));
    assertThat(ran.exitCode()).as(ran.err()).isZero();
    List<String> printed = (ran.out() + ran.err()).replace(home.toString(), "examples/target/trainer").lines()
        .map(ReadmeSnippetsTest::undated).toList();
    int at = 0;
    for (String line : shown) {
      int found = printed.subList(at, printed.size()).indexOf(line);
      assertThat(found).as("'%s', after the README's lines before it, in what the example printed:%n%s", line,
          String.join("\n", printed)).isNotNegative();
      at += found + 1;
    }
  }

  private static String undated(String line) {
    return line.replaceAll("\\d{4}-\\d{2}-\\d{2}/\\d{2}-\\d{2}-\\d{2}", "YYYY-MM-DD/HH-MM-SS");
  }
}

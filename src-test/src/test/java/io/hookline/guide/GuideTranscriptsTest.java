package io.hookline.guide;

import static org.assertj.core.api.Assertions.assertThat;

import greet.Greet;
import io.hookline.App;
import io.hookline.examples.composed.ComposedTrainerApp;
import io.hookline.examples.scheduled.ScheduledTrainerApp;
import io.hookline.examples.trainer.TrainerApp;
import io.hookline.examples.trainer.TunedTrainerApp;
import io.hookline.testkit.Transcript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import report.Report;
import shop.Shop;

/**
 * Every shell transcript in the guide is what the program prints: each {@code $ PROGRAM ARGS} line of a transcript
 * file under {@code docs/guide/transcripts/} is run again, in order and in one fresh folder, and the file must hold
 * exactly what those runs printed. A changed message turns this test red until the guide changes with it; run it with
 * {@code -Dhookline.guide.update=true} to write the files anew, and read the difference before committing it.
 *
 * <p>The one normalising rule: the absolute path of the run's folder reads {@code .}; a date reads
 * {@code YYYY-MM-DD}, a time of day {@code HH-MM-SS}, and a duration in seconds or milliseconds {@code N s} or
 * {@code N ms}. Nothing else is masked. A run shows its output stream, then its error stream, then {@code [exit N]}
 * when its exit code is not 0. A command line's words are split at blanks, a word in single quotes loses them, and a
 * word with a {@code *} stands for the one path below the run's folder that it matches, as a shell reads them.
 */
class GuideTranscriptsTest {

  private static final Path TRANSCRIPTS = Path.of("..", "docs", "guide", "transcripts");

  /** Each transcript of the guide that the build reruns, and the programs it runs, by the name they are run as. */
  private static final Map<String, Map<String, Function<Path, App>>> PROGRAMS = Map.of(
      "getting-started", Map.of("greet", home -> Greet.app()),
      "command-line", Map.of("shop", home -> Shop.app()),
      "option-groups", Map.of("report", home -> Report.app()),
      "overrides", Map.of("greet", home -> Greet.app(), "shop", home -> Shop.app()),
      "multirun", Map.of("greet", home -> Greet.app()),
      "tuned", Map.of("tuned", TunedTrainerApp::app),
      "rerun", Map.of("trainer", TrainerApp::app),
      "from-hydra", Map.of("trainer", ComposedTrainerApp::app),
      "instantiate", Map.of("trainer", ScheduledTrainerApp::app));

  private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final Pattern TIME = Pattern.compile("\\b\\d{2}-\\d{2}-\\d{2}\\b");
  private static final Pattern SECONDS = Pattern.compile("\\b\\d+(\\.\\d+)? s\\b");
  private static final Pattern MILLIS = Pattern.compile("\\b\\d+(\\.\\d+)? ms\\b");

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"getting-started", "command-line", "option-groups", "overrides", "multirun", "tuned", "rerun", "from-hydra",
      "instantiate"})
  void theTranscriptIsWhatTheProgramPrints(String name) throws IOException {
    Path file = TRANSCRIPTS.resolve(name + ".txt");
    String shown = Files.readString(file, StandardCharsets.UTF_8);
    String ran = rerun(shown, PROGRAMS.get(name));
    if (Boolean.getBoolean("hookline.guide.update")) {
      Files.writeString(file, ran, StandardCharsets.UTF_8);
    }
    assertThat(shown).as("docs/guide/transcripts/%s.txt, run again", name).isEqualTo(ran);
  }

  /** Runs each command line of {@code transcript} and returns what a transcript of those runs shows. */
  private String rerun(String transcript, Map<String, Function<Path, App>> programs) throws IOException {
    StringBuilder shown = new StringBuilder();
    for (String line : transcript.lines().filter(line -> line.startsWith("$ ")).toList()) {
      List<String> words = new ArrayList<>();
      for (String word : line.substring(2).strip().split("\\s+")) {
        words.add(word.length() > 1 && word.startsWith("'") && word.endsWith("'")
            ? word.substring(1, word.length() - 1) : globbed(word));
      }
      Function<Path, App> program = programs.get(words.get(0));
      assertThat(program).as("the program of '%s'", line).isNotNull();
      Transcript run = Transcript.of(program.apply(dir), dir, words.subList(1, words.size()).toArray(String[]::new));
      shown.append(line).append('\n').append(normalised(run.out())).append(normalised(run.err()));
      if (run.exitCode() != 0) {
        shown.append("[exit ").append(run.exitCode()).append("]\n");
      }
    }
    return shown.toString();
  }

  /** Returns the one path below the run's folder that {@code word} matches, when it has a {@code *}, as a shell would. */
  private String globbed(String word) throws IOException {
    if (!word.contains("*")) {
      return word;
    }
    PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + word);
    try (Stream<Path> paths = Files.walk(dir)) {
      List<String> matches = paths.map(path -> dir.relativize(path).toString()).filter(path -> matcher.matches(
          Path.of(path))).toList();
      assertThat(matches).as("what %s matches", word).hasSize(1);
      return matches.get(0);
    }
  }

  private String normalised(String printed) {
    String text = printed.replace(dir.toAbsolutePath().toString(), ".");
    text = DATE.matcher(text).replaceAll("YYYY-MM-DD");
    text = TIME.matcher(text).replaceAll("HH-MM-SS");
    text = SECONDS.matcher(text).replaceAll("N s");
    return MILLIS.matcher(text).replaceAll("N ms");
  }

  /** The sweeps chapter includes lines 1, 42 to 47 and 84 to 87 of the tuned trainer's transcript, which must be these. */
  @Test
  void thePartOfATranscriptAChapterIncludesIsThePartItMeans() throws IOException {
    List<String> tuned = Files.readAllLines(TRANSCRIPTS.resolve("tuned.txt"), StandardCharsets.UTF_8);
    assertThat(tuned).hasSize(87);
    assertThat(tuned.get(0)).startsWith("$ tuned train -m");
    assertThat(tuned.get(41)).isEqualTo("| job | overrides | outcome |");
    assertThat(tuned.get(83)).startsWith("Summary written to");
    assertThat(tuned.get(86)).startsWith("trainer: best: job #39");
    assertThat(Files.readString(Path.of("..", "docs", "guide", "sweeps.adoc")))
        .contains("include::transcripts/tuned.txt[lines=1;42..47;84..87]");
  }
}

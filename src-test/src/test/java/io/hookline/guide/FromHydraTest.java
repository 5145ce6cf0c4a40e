package io.hookline.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The "from Hydra" chapter cannot lie about what it covers: its flag table has a row for every Hydra 1.3 flag, its
 * resolver table one for every OmegaConf 2.3 and Hydra resolver, its checklist table one for each of the 47 cases; a
 * flag the table calls refused is refused in the chapter's transcript (which {@link GuideTranscriptsTest} runs again);
 * and every test a row names exists.
 */
class FromHydraTest {

  private static final Path CHAPTER = Path.of("..", "docs", "guide", "from-hydra.adoc");
  private static final Path TRANSCRIPT = Path.of("..", "docs", "guide", "transcripts", "from-hydra.txt");
  private static final Path TEST_CLASSES = Path.of("target", "test-classes");

  /** Every flag of Hydra 1.3's command line ({@code python app.py --help}). */
  private static final List<String> HYDRA_FLAGS = List.of("--help", "-h", "--hydra-help", "--version", "--cfg", "-c",
      "--resolve", "--package", "-p", "--run", "-r", "--multirun", "-m", "--shell-completion", "-sc",
      "--config-path", "-cp", "--config-name", "-cn", "--config-dir", "-cd", "--experimental-rerun", "--info", "-i");

  /** Every resolver OmegaConf 2.3 and Hydra 1.3 register, and the way to add one. */
  private static final List<String> RESOLVERS = List.of("oc.env", "env", "hydra", "oc.select", "oc.decode",
      "oc.create", "oc.deprecated", "oc.dict.keys", "oc.dict.values", "now", "register_new_resolver");

  @Test
  void theFlagTableHasEveryHydraFlagAndEachRefusedOneIsRefusedInTheTranscript() throws IOException {
    List<List<String>> rows = table("flags");
    Set<String> named = new LinkedHashSet<>();
    String transcript = Files.readString(TRANSCRIPT);
    for (List<String> row : rows) {
      List<String> flags = code(row.get(0)).stream().filter(word -> word.startsWith("-")).toList();
      named.addAll(flags);
      if (row.get(2).startsWith("refused")) {
        String refused = flags.stream().filter(flag -> transcript.contains("unknown option '" + flag + "'"))
            .findFirst().orElse(null);
        assertThat(refused).as("a flag of the row %s refused in the transcript", flags).isNotNull();
      }
    }
    assertThat(named).containsExactlyInAnyOrderElementsOf(HYDRA_FLAGS);
  }

  @Test
  void theResolverTableHasEveryResolverAndThoseNotBuiltAreRefusedInTheTranscript() throws IOException {
    String transcript = Files.readString(TRANSCRIPT);
    Set<String> named = new LinkedHashSet<>();
    for (List<String> row : table("resolvers")) {
      for (String spelling : code(row.get(0))) {
        Matcher resolver = Pattern.compile("^\\$\\{([\\w.]+):").matcher(spelling);
        String name = resolver.find() ? resolver.group(1) : spelling.replaceFirst("^OmegaConf\\.", "");
        if (RESOLVERS.contains(name)) {
          named.add(name);
          if (row.get(1).equals("not built") && !name.equals("register_new_resolver")) {
            assertThat(transcript).as("the transcript's refusal of %s", name)
                .contains("unknown resolver '" + name + "'");
          }
        }
      }
    }
    assertThat(named).containsExactlyInAnyOrderElementsOf(RESOLVERS);
    assertThat(transcript).contains("Hydra's resolver is 'hookline' here");
  }

  @Test
  void theChecklistTableHasEachCaseOnceAndEveryTestItNamesExists() throws IOException {
    List<List<String>> rows = table("checklist");
    assertThat(rows.stream().map(row -> Integer.parseInt(row.get(0))).toList())
        .isEqualTo(IntStream.rangeClosed(1, 52).boxed().toList());
    List<String> missing = new ArrayList<>();
    for (List<String> row : rows) {
      for (String test : row.get(3).split(",\\s*")) {
        if (!exists(test.strip())) {
          missing.add(row.get(0) + ": " + test.strip());
        }
      }
    }
    assertThat(missing).as("tests the checklist names that do not exist").isEmpty();
  }

  /** Returns the cells of each row of the table under the heading with id {@code id}. */
  private static List<List<String>> table(String id) throws IOException {
    List<String> lines = Files.readAllLines(CHAPTER);
    int at = lines.indexOf("[#" + id + "]");
    assertThat(at).as("the chapter's section [#%s]", id).isNotNegative();
    int open = lines.subList(at, lines.size()).indexOf("|===") + at;
    int close = lines.subList(open + 1, lines.size()).indexOf("|===") + open + 1;
    List<List<String>> rows = new ArrayList<>();
    boolean header = true;
    for (String line : lines.subList(open + 1, close)) {
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = Arrays.stream(line.substring(1).split(" \\| ")).map(String::strip).toList();
      if (header) {
        header = false;
      } else {
        rows.add(cells);
      }
    }
    return rows;
  }

  /** Returns the words of a cell's {@code code} spans, each span split at commas and blanks. */
  private static List<String> code(String cell) {
    List<String> words = new ArrayList<>();
    Matcher span = Pattern.compile("`([^`]+)`").matcher(cell);
    while (span.find()) {
      String text = span.group(1);
      words.addAll(text.startsWith("${") ? List.of(text) : List.of(text.split("[,\\s]+")));
    }
    return words;
  }

  /** Whether {@code Class.method} names a test method of a compiled test class. */
  private static boolean exists(String test) throws IOException {
    String[] parts = test.split("\\.");
    if (parts.length != 2) {
      return false;
    }
    try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
      for (Path file : files.filter(path -> path.getFileName().toString().equals(parts[0] + ".class")).toList()) {
        String name = TEST_CLASSES.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
        try {
          for (Method method : Class.forName(name).getDeclaredMethods()) {
            if (method.getName().equals(parts[1])) {
              return true;
            }
          }
        } catch (ClassNotFoundException e) {
          return false;
        }
      }
    }
    return false;
  }
}

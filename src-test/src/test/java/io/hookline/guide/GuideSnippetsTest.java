package io.hookline.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide types no snippet twice: a listing block ({@code [source,…]} then {@code ----}) holds one {@code include::}
 * of a file the build compiles or runs, and nothing else. The chapters that still carry snippets typed in, moved from
 * the old README, are listed here with how many; the list may only shrink, and a chapter that has fewer must be
 * lowered here, so that it cannot grow back. A diagram, which is neither code nor output, is a literal block
 * ({@code ....}).
 */
class GuideSnippetsTest {

  private static final Path GUIDE = Path.of("..", "docs", "guide");
  private static final Path CI = Path.of("..", ".ci", "run");

  /** The chapters whose snippets are still typed in, and how many each has. */
  private static final Map<String, Integer> TYPED = Map.ofEntries(
      Map.entry("composed-configs.adoc", 1),
      Map.entry("rerun-and-resume.adoc", 2));

  @Test
  void everySnippetIsIncludedFromAFileTheBuildChecks() throws IOException {
    Map<String, Integer> typed = new TreeMap<>();
    try (Stream<Path> chapters = Files.list(GUIDE)) {
      for (Path chapter : chapters.filter(path -> path.toString().endsWith(".adoc")).toList()) {
        int count = typedListings(Files.readAllLines(chapter), Files.readString(CI));
        if (count > 0) {
          typed.put(chapter.getFileName().toString(), count);
        }
      }
    }
    assertThat(typed).as("chapters with snippets typed in; include them from checked files instead")
        .isEqualTo(new TreeMap<>(TYPED));
  }

  @Test
  void aTypedListingIsCountedAndAnIncludedOneIsNot() {
    assertThat(typedListings(List.of("[source,java]", "----", "int x = 1;", "----"))).isEqualTo(1);
    assertThat(typedListings(List.of("[source,java]", "----", "include::{root}/A.java[tag=a]", "----"))).isZero();
    assertThat(typedListings(List.of("[source,console]", "----", "include::transcripts/a.txt[]", "----"))).isZero();
    List<String> shell = List.of("[source,sh]", "----", "mvn -B -q package \\", "  -Dx=1   # builds", "----");
    assertThat(typedListings(shell, "set -e\nmvn -B -q package -Dx=1\n")).isZero();
    assertThat(typedListings(shell, "mvn -B -q package -Dx=2\n")).isEqualTo(1);
  }

  /** Returns how many listing blocks of {@code lines} hold anything but one include. */
  static int typedListings(List<String> lines) {
    return typedListings(lines, "");
  }

  /**
   * Returns how many listing blocks of {@code lines} hold anything but one include, not counting a shell listing
   * ({@code [source,sh]}) whose every command {@code ci} runs as written.
   */
  static int typedListings(List<String> lines, String ci) {
    int typed = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).startsWith("[source") && lines.get(i + 1).equals("----")) {
        int end = i + 2;
        while (end < lines.size() && !lines.get(end).equals("----")) {
          end++;
        }
        List<String> body = lines.subList(i + 2, Math.min(end, lines.size()));
        boolean included = body.size() == 1 && body.get(0).startsWith("include::");
        boolean run = lines.get(i).equals("[source,sh]") && commands(body).stream().allMatch(oneLine(ci)::contains);
        if (!included && !run) {
          typed++;
        }
        i = end;
      }
    }
    return typed;
  }

  /** Returns the commands of a shell listing: continued lines joined, comments cut, blanks made one space. */
  private static List<String> commands(List<String> body) {
    return List.of(oneLine(String.join("\n", body).replaceAll("(?m)\\s+#.*$", "")).split("\n"));
  }

  /** Returns {@code text} with continued lines joined and each run of blanks made one space. */
  private static String oneLine(String text) {
    return text.replaceAll("\\\\\n\\s*", " ").replaceAll("[ \t]+", " ").strip();
  }
}

package io.hookline.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No link in the README or the guide is broken: every relative link of the README, Markdown files and the guide names a
 * file or folder of the repository, and every anchor it names ({@code file#anchor}, {@code <<anchor>>}) is a heading or
 * an explicit id there. Links to other sites are not followed (the build has no network to rely on).
 */
class GuideLinksTest {

  private static final Path TOP = Path.of("").toAbsolutePath().getParent();
  private static final Path GUIDE = TOP.resolve("docs/guide");

  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern XREF = Pattern.compile("xref:([\\w.-]+\\.adoc)(?:#([\\w-]+))?\\[");
  private static final Pattern INTERNAL = Pattern.compile("<<([\\w-]+)[,>]");
  private static final Pattern REPO_LINK = Pattern.compile("link:\\{repo}/([^\\[#]+)(?:#([\\w-]+))?\\[");
  private static final Pattern ADOC_ID = Pattern.compile("^\\[#([\\w-]+)]$", Pattern.MULTILINE);

  @Test
  void everyLinkOfTheReadmeAndTheGuideLeadsSomewhere() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path markdown : List.of(TOP.resolve("README.md"), TOP.resolve("TESTING.md"),
        TOP.resolve("docs/architecture.md"))) {
      String text = Files.readString(markdown);
      Matcher link = MARKDOWN_LINK.matcher(text);
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue;
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        Path resolved = file.isEmpty() ? markdown : markdown.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(TOP.relativize(markdown) + ": " + target);
        } else if (target.contains("#") && !anchors(resolved).contains(target.substring(target.indexOf('#') + 1))) {
          broken.add(TOP.relativize(markdown) + ": " + target + " (no such heading)");
        }
      }
    }
    try (Stream<Path> chapters = Files.list(GUIDE)) {
      for (Path chapter : chapters.filter(path -> path.toString().endsWith(".adoc")).toList()) {
        String text = Files.readString(chapter);
        String name = chapter.getFileName().toString();
        Matcher xref = XREF.matcher(text);
        while (xref.find()) {
          Path target = GUIDE.resolve(xref.group(1));
          if (!Files.exists(target)) {
            broken.add(name + ": xref:" + xref.group(1));
          } else if (xref.group(2) != null && !ids(Files.readString(target)).contains(xref.group(2))) {
            broken.add(name + ": xref:" + xref.group(1) + "#" + xref.group(2) + " (no such id)");
          }
        }
        Matcher internal = INTERNAL.matcher(text);
        while (internal.find()) {
          if (!ids(text).contains(internal.group(1))) {
            broken.add(name + ": <<" + internal.group(1) + ">> (no such id)");
          }
        }
        Matcher repo = REPO_LINK.matcher(text);
        while (repo.find()) {
          Path target = TOP.resolve(repo.group(1));
          if (!Files.exists(target)) {
            broken.add(name + ": link:{repo}/" + repo.group(1));
          } else if (repo.group(2) != null && !anchors(target).contains(repo.group(2))) {
            broken.add(name + ": link:{repo}/" + repo.group(1) + "#" + repo.group(2) + " (no such heading)");
          }
        }
      }
    }
    assertThat(broken).as("broken links").isEmpty();
  }

  @Test
  void theCheckFindsABrokenLink() throws IOException {
    assertThat(ids("[#here]\n== Here\n")).containsExactly("here");
    assertThat(markdownAnchors(TOP.resolve("README.md"))).contains("a-30-second-taste").doesNotContain("nowhere");
  }

  /** Returns the ids a guide chapter declares. */
  private static Set<String> ids(String text) {
    Set<String> ids = new HashSet<>();
    Matcher id = ADOC_ID.matcher(text);
    while (id.find()) {
      ids.add(id.group(1));
    }
    return ids;
  }

  /** Returns the anchors of a Markdown file or a guide chapter. */
  private static Set<String> anchors(Path file) throws IOException {
    return file.toString().endsWith(".adoc") ? ids(Files.readString(file)) : markdownAnchors(file);
  }

  /** Returns the anchors of a Markdown file's headings, as GitHub makes them. */
  private static Set<String> markdownAnchors(Path file) throws IOException {
    Set<String> anchors = new HashSet<>();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("#")) {
        String title = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(java.util.Locale.ROOT);
        anchors.add(title.replaceAll("[^\\w\\- ]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }
}

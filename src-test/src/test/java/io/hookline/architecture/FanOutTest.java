package io.hookline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No class of core uses more than {@value #LIMIT} classes of core's other packages, nested classes folded into their
 * top-level class: counted by the JDK's {@code jdeps -verbose:class} over core's compiled classes (jdeps leaves out a
 * class's own package by default). A class over the limit fails, naming it and its count.
 */
class FanOutTest {

  static final int LIMIT = 15;

  @Test
  void noClassOfCoreUsesMoreThanFifteenOthers() throws Exception {
    Map<String, Set<String>> uses = uses(core());
    Map<String, Integer> over = new TreeMap<>();
    uses.forEach((type, used) -> {
      if (used.size() > LIMIT) {
        over.put(type, used.size());
      }
    });
    assertThat(over).as("classes of core that use more than %s classes of core's other packages", LIMIT).isEmpty();
    assertThat(uses).as("classes counted").hasSizeGreaterThan(100);
  }

  @Test
  void theCountTellsAHubFromALeaf() throws Exception {
    Map<String, Set<String>> uses = uses(core());
    assertThat(uses.get("io.hookline.internal.Runner")).as("Runner's").isNotEmpty();
    assertThat(uses.get("io.hookline.pipeline.Hook")).as("Hook's").isNullOrEmpty();
    assertThat(uses.get("io.hookline.App")).as("App's, with nested classes folded in")
        .contains("io.hookline.internal.AppParts").doesNotContain("io.hookline.App");
  }

  /** Returns the classes of core that each top-level class of core uses, by jdeps, with core's libraries beside it. */
  static Map<String, Set<String>> uses(Path classes) {
    List<String> modules = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.matches("(vavr|vavr-match|jspecify|jackson-(core|databind|annotations|dataformat-yaml|dataformat-toml)|snakeyaml|config"
          + "|jopt-simple)-[0-9].*\\.jar")) {
        modules.add(entry);
      }
    }
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int code = jdeps.run(new PrintWriter(out), new PrintWriter(out), "--multi-release", "17", "-verbose:class",
        "--module-path", String.join(File.pathSeparator, modules), classes.toString());
    assertThat(code).as(out.toString()).isZero();
    Map<String, Set<String>> uses = new TreeMap<>();
    for (String line : out.toString().lines().toList()) {
      String[] words = line.strip().split("\\s+");
      if (words.length >= 3 && words[1].equals("->") && words[0].startsWith("io.hookline.")
          && words[2].startsWith("io.hookline.")) {
        String from = topLevel(words[0]);
        String to = topLevel(words[2]);
        if (!from.equals(to)) {
          uses.computeIfAbsent(from, type -> new TreeSet<>()).add(to);
        }
      }
    }
    return uses;
  }

  private static String topLevel(String type) {
    int nested = type.indexOf('$');
    return nested < 0 ? type : type.substring(0, nested);
  }

  /** Returns where core's classes are: its jar, or its folder of classes in a build. */
  static Path core() throws URISyntaxException {
    return Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}

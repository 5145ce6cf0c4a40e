package io.hookline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scores table from the groups' reports: counted per package across groups, a broken report said and left out. */
class MutationScoresTest {

  @TempDir
  Path dir;

  private void report(String group, String... mutants) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations>\n");
    for (String mutant : mutants) {
      String[] parts = mutant.split(" ");
      xml.append("<mutation detected='x' status='").append(parts[0]).append("' numberOfTestsRun='1'><sourceFile>A.java"
          + "</sourceFile><mutatedClass>").append(parts[1]).append("</mutatedClass><mutatedMethod>m</mutatedMethod>"
          + "</mutation>\n");
    }
    Files.createDirectories(dir.resolve(group));
    Files.writeString(dir.resolve(group).resolve("mutations.xml"), xml + "</mutations>\n");
  }

  @Test
  void eachPackageIsCountedAcrossTheGroupsAndABrokenReportIsLeftOut() throws IOException {
    report("config", "KILLED a.b.C", "SURVIVED a.b.C", "NO_COVERAGE a.b.C$Inner", "TIMED_OUT a.b.D");
    report("front", "KILLED a.b.E", "MEMORY_ERROR a.F", "RUN_ERROR a.F", "KILLED Top");
    Files.createDirectories(dir.resolve("stopped"));
    Files.writeString(dir.resolve("stopped/mutations.xml"), "<mutations partial='true'>\n<mutation status='KILLED'");
    Files.writeString(dir.resolve("mutations.xml"), "not a group's report");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    MutationScores.print(MutationScores.byPackage(dir, new PrintStream(err, true, StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
        | package | mutants | killed | timed out | survived | no coverage | score |
        |---|---:|---:|---:|---:|---:|---:|
        | `` | 1 | 1 | 0 | 0 | 0 | 100% |
        | `a` | 2 | 0 | 2 | 0 | 0 | 100% |
        | `a.b` | 5 | 2 | 1 | 1 | 1 | 60% |
        | all | 8 | 3 | 3 | 1 | 1 | 75% |
        """);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("mutation: " + dir.resolve("stopped/mutations.xml")
        + " is not a whole report, left out (").hasLineCount(1);
  }

  @Test
  void noReportIsSaid() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MutationScores.print(MutationScores.byPackage(dir.resolve("none"), System.err),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("mutation: no report yet\n");
  }
}

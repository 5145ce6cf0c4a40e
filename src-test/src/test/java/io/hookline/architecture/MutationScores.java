package io.hookline.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The mutation score per package, as a Markdown table, from the PIT {@code mutations.xml} of each group's folder
 * under a folder ({@code src-test/target/pit-reports/GROUP/}, one per group that {@code src-test/mutation.sh} ran). A mutant counts as caught when PIT says it was killed, timed out, ran
 * out of memory or stopped the test run; the score is caught mutants against all of them, those no test covers
 * included. {@code src-test/mutation.sh} prints it at the end of a run.
 */
public final class MutationScores {

  /** A package's mutants by PIT's status. */
  record Counts(int killed, int timedOut, int survived, int noCoverage) {

    static final Counts NONE = new Counts(0, 0, 0, 0);

    Counts plus(String status) {
      return switch (status) {
        case "KILLED" -> new Counts(killed + 1, timedOut, survived, noCoverage);
        case "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR" -> new Counts(killed, timedOut + 1, survived, noCoverage);
        case "NO_COVERAGE" -> new Counts(killed, timedOut, survived, noCoverage + 1);
        default -> new Counts(killed, timedOut, survived + 1, noCoverage);
      };
    }

    Counts plus(Counts other) {
      return new Counts(killed + other.killed, timedOut + other.timedOut, survived + other.survived,
          noCoverage + other.noCoverage);
    }

    int mutants() {
      return killed + timedOut + survived + noCoverage;
    }

    /** Caught mutants in whole percent, rounded down, so that 89.9% never reads as 90%. */
    int score() {
      return mutants() == 0 ? 100 : 100 * (killed + timedOut) / mutants();
    }
  }

  private MutationScores() {}

  /** Prints the table for the groups' reports under the folder named by the one argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: MutationScores FOLDER");
      System.exit(2);
    }
    print(byPackage(Path.of(args[0]), System.err), System.out);
  }

  /**
   * The {@code mutations.xml} of each group's folder under {@code folder}, counted per package of the mutated class; a
   * file that is not a whole report (a run stopped before its end) is said on {@code err} and left out.
   */
  static Map<String, Counts> byPackage(Path folder, PrintStream err) throws IOException {
    Map<String, Counts> packages = new TreeMap<>();
    List<Path> reports = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> groups = Files.list(folder)) {
        groups.map(group -> group.resolve("mutations.xml")).filter(Files::isRegularFile).sorted()
            .forEach(reports::add);
      }
    }
    for (Path report : reports) {
      Map<String, Counts> counted = new TreeMap<>();
      try (InputStream in = Files.newInputStream(report)) {
        count(XMLInputFactory.newFactory().createXMLStreamReader(in), counted);
        counted.forEach((pkg, counts) -> packages.merge(pkg, counts, Counts::plus));
      } catch (XMLStreamException e) {
        err.println("mutation: " + report + " is not a whole report, left out (" + e.getMessage().lines().findFirst()
            .orElse("") + ")");
      }
    }
    return packages;
  }

  private static void count(XMLStreamReader xml, Map<String, Counts> packages) throws XMLStreamException {
    String status = null;
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamReader.START_ELEMENT) {
        continue;
      }
      if (xml.getLocalName().equals("mutation")) {
        status = xml.getAttributeValue(null, "status");
      } else if (xml.getLocalName().equals("mutatedClass") && status != null) {
        String type = xml.getElementText();
        String pkg = type.substring(0, Math.max(0, type.lastIndexOf('.')));
        packages.merge(pkg, Counts.NONE.plus(status), Counts::plus);
        status = null;
      }
    }
  }

  static void print(Map<String, Counts> packages, PrintStream out) {
    if (packages.isEmpty()) {
      out.println("mutation: no report yet");
      return;
    }
    out.println("| package | mutants | killed | timed out | survived | no coverage | score |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    Counts all = Counts.NONE;
    for (Map.Entry<String, Counts> entry : packages.entrySet()) {
      out.println(row("`" + entry.getKey() + "`", entry.getValue()));
      all = all.plus(entry.getValue());
    }
    out.println(row("all", all));
  }

  private static String row(String name, Counts counts) {
    return String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %d%% |", name, counts.mutants(), counts.killed(),
        counts.timedOut(), counts.survived(), counts.noCoverage(), counts.score());
  }
}

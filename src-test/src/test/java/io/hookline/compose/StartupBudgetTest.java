package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import greet.Greet;
import io.hookline.architecture.StartsProcesses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up's budget, in the steadiest gauge there is: the classes a real JVM loads for the guide's {@code greet hello
 * name=Ada} (reading and writing its config file, printing the greeting), the JDK's and every library's included,
 * and the lambdas it links among them. Class loading is deterministic for one JDK, so this is a plain test. The budget
 * is what greet loads today on JDK 17 (1,066 classes and 37 lambdas), with a little room; each change that makes it
 * load less lowers the budget with it ({@code benchmarks/RESULTS.md} keeps the phase-by-phase table).
 */
@StartsProcesses
class StartupBudgetTest {

  /** The most classes greet may load. */
  private static final int CLASSES = 1_070;

  /** The most lambdas it may link. */
  private static final int LAMBDAS = 40;

  @TempDir
  Path dir;

  @Test
  void greetLoadsNoMoreClassesThanItsBudget() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xshare:auto", "-Xlog:class+load=info:file="
        + dir.resolve("load.log"), "-cp", System.getProperty("java.class.path"), Greet.class.getName(), "hello",
        "name=Ada").directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).isEqualTo("Hello, Ada!\n");
    List<String> loaded = Files.readAllLines(dir.resolve("load.log")).stream()
        .filter(line -> line.contains("[class,load]")).toList();
    long lambdas = loaded.stream().filter(line -> line.contains("$$Lambda")).count();

    assertThat(loaded.size()).as("classes greet loads").isBetween(400, CLASSES);
    assertThat(lambdas).as("lambdas greet links").isLessThanOrEqualTo(LAMBDAS);
  }
}

package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job log's console is {@link System.Logger}'s, which Hookline does not configure: in a real JVM its records reach
 * java.util.logging by default, and SLF4J once the one dependency {@code slf4j-jdk-platform-logging} (with SLF4J and a
 * binding) is on the class path; the job's file holds them either way.
 */
@StartsProcesses
class JobLogRoutingTest {

  @TempDir
  Path dir;

  /** Runs {@link JobLogRoutingApp} with {@code extra} jars on its class path, and returns what it printed. */
  private String run(List<Path> extra) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
    extra.forEach(jar -> classPath.append(File.pathSeparator).append(jar));
    Process process = new ProcessBuilder(java.toString(), "-cp", classPath.toString(),
        JobLogRoutingApp.class.getName(), dir.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  private List<String> jobLogs() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("runs"))) {
      return files.filter(file -> file.getFileName().toString().equals("job.log")).map(file -> {
        try {
          return Files.readString(file).strip();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @Test
  void theConsoleIsJavaUtilLoggingByDefault() throws Exception {
    String output = run(List.of());
    assertThat(output).contains("INFO: routed record").doesNotContain("INFO routed.Job - routed record");
    assertThat(jobLogs()).singleElement().asString().endsWith("[routed.Job][INFO] - routed record");
  }

  @Test
  void oneDependencyRoutesItToSlf4j() throws Exception {
    try (Stream<Path> jars = Files.list(Path.of("target", "slf4j"))) {
      String output = run(jars.map(Path::toAbsolutePath).toList());
      assertThat(output).contains("INFO routed.Job - routed record").doesNotContain("INFO: routed record");
    }
    assertThat(jobLogs()).singleElement().asString().endsWith("[routed.Job][INFO] - routed record");
  }
}

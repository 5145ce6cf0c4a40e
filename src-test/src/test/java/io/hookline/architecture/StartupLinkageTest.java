package io.hookline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.journal.KilledSweepApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run and a multirun link no record method through {@code java.lang.runtime.ObjectMethods}: the first such link in
 * a JVM spins method handles for about 10 ms, a tenth of a short program's run. Hookline's own code on those paths
 * compares its records field by field or by identity. Checked in a real JVM that traces its call-site linkage.
 */
@StartsProcesses
class StartupLinkageTest {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tick n=1", "tick -m n=range(3)"})
  void theRunPathLinksNoRecordMethod(String arguments) throws Exception {
    Path log = dir.resolve("linkage.log");
    Process process = KilledSweepApp.controller(dir,
        List.of("-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true"), arguments.split(" "))
        .redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(log);

    assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(lines).as("the call sites linked").anyMatch(line -> line.startsWith("linkCallSite "))
        .noneMatch(line -> line.startsWith("linkCallSite ") && line.contains("ObjectMethods.bootstrap"));
  }
}

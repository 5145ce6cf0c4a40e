package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app that does not compose loads none of the composition code: counted in the classes a real JVM loads
 * ({@code -Xlog:class+load}), not timed. The same program, composing, loads it, so the count can tell.
 */
class ClassLoadingTest {

  @TempDir
  Path dir;

  /** Returns the Hookline classes that {@link ClassLoadingApp} loads with {@code args}. */
  private List<String> hooklineClassesLoaded(String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xlog:class+load=info", "-cp",
        System.getProperty("java.class.path"), ClassLoadingApp.class.getName(), dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).as(output.lines().filter(line -> !line.contains("class,load")).toList().toString())
        .contains("exit 0 0");
    return output.lines().filter(line -> line.contains("[class,load] io.hookline."))
        .map(line -> line.substring(line.indexOf("io.hookline."), line.indexOf(' ', line.indexOf("io.hookline."))))
        .toList();
  }

  private static boolean composition(String type) {
    return type.startsWith("io.hookline.Composition") || type.startsWith("io.hookline.compose.internal.")
        || type.contains(".Composing") || type.contains(".HooklineNode")
        || type.contains(".Inspection") || type.contains(".Interpolation");
  }

  @Test
  void anAppThatDoesNotComposeLoadsNoCompositionCode() throws Exception {
    List<String> plain = hooklineClassesLoaded();
    assertThat(plain).hasSizeGreaterThan(50).noneMatch(ClassLoadingTest::composition);

    new ConfigTree(dir.resolve("conf")).file("config.yaml", "train:\n  epochs: 3\n");
    List<String> composing = hooklineClassesLoaded("compose");
    assertThat(composing).anyMatch(type -> type.startsWith("io.hookline.compose.internal.Composer"));
    assertThat(Files.exists(dir.resolve("train.yaml"))).as("the plain run wrote its config file").isTrue();
  }
}

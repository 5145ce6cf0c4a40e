package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InfrastructureException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The command that starts this program again, read in this JVM: the command given in code as it is, this JVM's own
 * {@code java} up to its main class, and the one-line refusal when the JVM does not say how it was started or runs
 * Maven. {@code WorkerCommandTest} starts real programs with it.
 */
class WorkerCommandInJvmTest {

  /** Runs {@code action} as in a JVM started as {@code command} ({@code sun.java.command}), and returns its result. */
  static <T> T startedAs(String command, Supplier<T> action) {
    String before = System.getProperty("sun.java.command");
    System.setProperty("sun.java.command", command);
    try {
      return action.get();
    } finally {
      if (before == null) {
        System.clearProperty("sun.java.command");
      } else {
        System.setProperty("sun.java.command", before);
      }
    }
  }

  @Test
  void aCommandGivenInCodeIsKeptAsGiven() {
    assertThat(WorkerCommand.givenOrThisProgram(List.of("bin/app", "--x"))).containsExactly("bin/app", "--x");
    assertThat(WorkerCommand.checked(List.of("bin/app"))).containsExactly("bin/app");
    assertThatThrownBy(() -> WorkerCommand.checked(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a worker command needs at least the program to run");
  }

  @Test
  void thisJvmIsStartedAgainUpToItsMainClass() {
    List<String> command = WorkerCommand.givenOrThisProgram(null);
    String main = System.getProperty("sun.java.command").split(" ", 2)[0];

    assertThat(command.get(0)).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    assertThat(command.get(command.size() - 1)).isEqualTo(main);
    assertThat(command).noneMatch(word -> word.startsWith("-agentlib:jdwp") || word.startsWith("-XX:ArchiveClasses"));
  }

  @Test
  void aMainNotOnTheCommandLineIsStartedFromTheClassPath() {
    List<String> command = startedAs("example.Main --flag", () -> WorkerCommand.givenOrThisProgram(null));
    assertThat(command.subList(command.size() - 3, command.size())).containsExactly("-cp",
        System.getProperty("java.class.path"), "example.Main");
    List<String> jar = startedAs("app.jar --flag", () -> WorkerCommand.givenOrThisProgram(null));
    assertThat(jar.subList(jar.size() - 2, jar.size())).containsExactly("-jar", "app.jar");
  }

  @Test
  void aJvmThatDoesNotSayOrRunsMavenIsOneLine() {
    assertThatThrownBy(() -> startedAs("", () -> WorkerCommand.givenOrThisProgram(null)))
        .isInstanceOf(InfrastructureException.class).hasMessage("cannot start workers: this JVM does not say how it was"
            + " started; run it with java -cp ... instead, or give the launcher its worker command (withWorkerCommand)");
    for (String maven : List.of("org.codehaus.plexus.classworlds.launcher.Launcher", "org.apache.maven.cli.MavenCli")) {
      assertThatThrownBy(() -> startedAs(maven + " exec:java", () -> WorkerCommand.givenOrThisProgram(null)))
          .hasMessageContaining("this program runs inside Maven's JVM (exec:java)");
    }
  }
}

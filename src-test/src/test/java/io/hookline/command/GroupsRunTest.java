package io.hookline.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Group;
import io.hookline.Outcome;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn;
import io.hookline.launch.internal.Journal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group's command runs everywhere a command runs: as a multirun journaled under its path, on the process launcher
 * (whose workers find it by its path), again with {@code --rerun}, and resumed with {@code --resume}.
 */
class GroupsRunTest {

  /** The job's config. */
  public record Work(int n) {
    /** The defaults. */
    public Work() {
      this(0);
    }
  }

  @TempDir
  Path dir;

  /** Returns the program: a group {@code ops} with a command {@code work} that returns its n and its process id. */
  static App app() {
    return App.named("grouped").group(Group.named("ops").group(Group.named("batch")
        .command(Command.of("work", invocation -> invocation.config(Work.class).n() + "@"
            + ProcessHandle.current().pid()).config(ConfigSpec.of(Work.class)))));
  }

  /** Runs the program in its own JVM, as the process launcher needs. */
  public static void main(String[] args) {
    System.exit(app().wake(args));
  }

  private Path sweepDir() throws Exception {
    try (Stream<Path> files = Files.walk(dir.resolve("multirun"))) {
      return files.filter(file -> file.endsWith("journal.jsonl")).findFirst().orElseThrow().getParent();
    }
  }

  @StartsProcesses
  @Test
  void aNestedGroupsCommandRunsInWorkersAndIsJournaledUnderItsPath() throws Exception {
    Process controller = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), GroupsRunTest.class.getName(), "ops", "batch", "work", "-m", "n=1,2",
        "launcher=process", "launcher.workers=2")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(controller.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(controller.waitFor(90, TimeUnit.SECONDS)).isTrue();

    assertThat(controller.exitValue()).as(output).isZero();
    Journal.Contents journal = Journal.read(sweepDir());
    assertThat(journal.sweep().get("command")).isEqualTo("ops batch work");
    List<String> values = journal.returns().values().stream().map(JobReturn::value).map(String::valueOf).sorted().toList();
    assertThat(values).hasSize(2);
    assertThat(values.get(0)).startsWith("1@").isNotEqualTo("1@" + controller.pid());
    assertThat(values.get(1)).startsWith("2@");
  }

  @Test
  void aGroupsJobRunsAgainAndASweepOfItResumes() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    App app = app().directory(dir).output(System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(app.invoke("ops", "batch", "work", "-m", "n=3,4").exitCode()).isEqualTo(Outcome.OK);
    Path sweep = sweepDir();

    Object again = app.invoke("--rerun", dir.relativize(sweep.resolve("1")).toString(), "n=5").result();
    assertThat(String.valueOf(again)).startsWith("5@");
    assertThat(app.invoke("--resume", dir.relativize(sweep).toString()).exitCode()).as(err.toString())
        .isEqualTo(Outcome.OK);
    assertThat(Journal.read(sweep).returns().values()).extracting(JobReturn::value).extracting(String::valueOf)
        .containsExactly("3@" + ProcessHandle.current().pid(), "4@" + ProcessHandle.current().pid());
  }
}

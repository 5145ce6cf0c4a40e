package io.hookline.firsthour;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.cli.Captured;
import io.hookline.launch.Launcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The habits a new user brings from picocli, git and Hydra get an answer that works when followed, and a sweep says
 * where it writes: each case runs the app as a user would and checks what it printed, word for word.
 */
class HintsTest {

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  private App app() {
    return captured.app("app", dir).outputs(OutputDirs.defaults()).launcher(Launcher.sequential())
        .command(Command.of("train", inv -> inv.config(Train.class).lr()).config(ConfigSpec.of("train",
            Train.class)).describedAs("Train a model"));
  }

  @Test
  void aConfigKeyWrittenAsAnOptionSuggestsTheOverrideThatWorks() {
    Outcome outcome = app().invoke("train", "--lr", "3");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("app: unknown option '--lr' for command 'train'; a config key is set as an"
        + " override, without dashes: lr=3\n");
    captured.resetErr();
    assertThat(app().invoke("train", "lr=3").result()).as("the suggestion, followed").isEqualTo(3.0);
    assertThat(captured.err()).isEmpty();

    app().invoke("train", "--epochs=7");
    assertThat(captured.err()).endsWith("without dashes: epochs=7\n");
  }

  @Test
  void theSuggestedOverrideTakesTheNextWordOnlyWhenItIsAValue() {
    for (List<String> args : List.of(List.of("--lr"), List.of("--lr", "--epochs=2"))) {
      captured.resetErr();
      List<String> line = new ArrayList<>(List.of("train"));
      line.addAll(args);
      assertThat(app().invoke(line.toArray(String[]::new)).exitCode()).isEqualTo(Outcome.USAGE);
      assertThat(captured.err()).as(args.toString()).endsWith("without dashes: lr=VALUE\n");
    }
    captured.resetErr();
    app().invoke("train", "--lr", "-1");
    assertThat(captured.err()).as("a negative number is a value").endsWith("without dashes: lr=-1\n");
    captured.resetErr();
    app().invoke("train", "-lr=0.5", "x");
    assertThat(captured.err()).endsWith("unknown option '-lr' for command 'train'; a config key is set as an override,"
        + " without dashes: lr=0.5\n");
  }

  @Test
  void helpBeforeACommandShowsTheCommandsHelp() {
    app().invoke("train", "--help");
    String direct = captured.out();
    Captured other = new Captured();
    App app = other.app("app", dir).command(Command.of("train", inv -> inv.config(Train.class).lr())
        .config(ConfigSpec.of("train", Train.class)).describedAs("Train a model"));

    assertThat(app.invoke("help", "train").exitCode()).isEqualTo(Outcome.OK);
    assertThat(other.out()).isEqualTo(direct).startsWith("Usage: app train");
  }

  @Test
  void resumeAndRerunRightAfterTheCommandWorkAsBeforeIt() {
    app().invoke("train", "-m", "lr=1,2");
    String first = captured.err().lines().findFirst().orElseThrow();
    String sweep = first.substring(first.indexOf(", in ") + 5);
    captured.resetErr();

    Outcome resumed = app().invoke("train", "--resume", sweep);

    assertThat(resumed.exitCode()).isEqualTo(Outcome.OK);
    assertThat(captured.err()).isEqualTo("app: nothing left to run: the 2 jobs of " + sweep + " ended as 2"
        + " completed\n");
    captured.resetErr();
    Outcome rerun = app().invoke("train", "--rerun", sweep + "/1", "epochs=3");
    assertThat(rerun.exitCode()).as(captured.err()).isEqualTo(Outcome.OK);
    assertThat(rerun.result()).isEqualTo(2.0);
  }

  @Test
  void resumeAfterAnotherCommandOrAfterOverridesSaysWhereItGoes() {
    App two = app().command(Command.of("evaluate", inv -> 0));
    two.invoke("train", "-m", "lr=1,2");
    String first = captured.err().lines().findFirst().orElseThrow();
    String sweep = first.substring(first.indexOf(", in ") + 5);
    captured.resetErr();

    assertThat(two.invoke("evaluate", "--resume", sweep).exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(two.invoke("train", "lr=1", "--resume", sweep).exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(two.invoke("train", "lr=1", "--rerun", sweep + "/0").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("app: --resume " + sweep + ": the sweep ran command 'train', not 'evaluate';"
        + " leave the command out, as in --resume DIR\n"
        + "app: '--resume' goes before the command's name, as in --resume DIR: the sweep in DIR runs again with its"
        + " own command\n"
        + "app: '--rerun' goes before the command's name, as in --rerun DIR: the job in DIR runs again with its own"
        + " command\n");
  }

  @Test
  void aSweepSaysWhereItWritesWhenItStartsAndHowItEnded() {
    assertThat(app().invoke("train", "-m", "lr=1,2").exitCode()).isEqualTo(Outcome.OK);

    String[] lines = captured.err().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).matches("app: multirun of 2 jobs, on launcher sequential, in .*/multirun/[0-9-]+/[0-9-]+");
    String where = lines[0].substring(lines[0].indexOf(", in ") + 5);
    assertThat(lines[1]).isEqualTo("app: multirun of 2 jobs: 2 completed, 0 failed, 0 interrupted (in " + where + ")");
  }

  @Test
  void quietKeepsACleanSweepSilentButNeverItsFailures() {
    assertThat(app().invoke("train", "-m", "lr=1,2", "--quiet").exitCode()).isEqualTo(Outcome.OK);
    assertThat(captured.err()).isEmpty();

    assertThat(app().invoke("train", "-m", "epochs=1,x", "--quiet").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isNotEmpty();
  }

  @Test
  void quietOnASingleRunIsRefusedNotIgnored() {
    assertThat(app().invoke("train", "--quiet").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("app: --quiet applies to a multirun; add -m\n");
    captured.resetErr();
    assertThat(app().invoke("train", "--no-progress", "--fail-fast").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("app: --fail-fast and --no-progress apply to a multirun; add -m\n");
  }
}

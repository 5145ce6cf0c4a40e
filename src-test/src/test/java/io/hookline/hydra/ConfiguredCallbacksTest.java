package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.Callback;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Callbacks declared in a config file, output directories, and the JSON job returns. */
class ConfiguredCallbacksTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void clearSharedLogAndDeclareNoCallbacks() throws IOException {
    Recorder.SHARED.clear();
    callbacks("callbacks: {}\n");
  }

  private App app() {
    return App.named("my_app")
        .directory(dir)
        .callbacksFrom(Path.of("callbacks.yaml"))
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("task", inv -> "done " + inv.overrides()).config(ConfigSpec.of("params", Map.of())));
  }

  private void callbacks(String yaml) throws IOException {
    Files.writeString(dir.resolve("callbacks.yaml"), yaml);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void callbacksFromAFileAreCreatedInOrderWithTheirParameters() throws IOException {
    callbacks("""
        callbacks:
          first:
            _target_: io.hookline.hydra.DeclaredRecorder
            name: callback_1
          second:
            _target_: io.hookline.hydra.DeclaredRecorder
            name: callback_2
        """);

    Outcome outcome = app().outputs(OutputDirs.off()).invoke("task");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(Recorder.SHARED).containsExactly("Init callback_1", "Init callback_2",
        "callback_1 onRunStart", "callback_2 onRunStart", "callback_1 onJobStart #0", "callback_2 onJobStart #0",
        "callback_2 onJobEnd #0 COMPLETED", "callback_1 onJobEnd #0 COMPLETED",
        "callback_2 onRunEnd COMPLETED", "callback_1 onRunEnd COMPLETED");
  }

  @Test
  void aTargetThatIsNotACallbackIsRefusedWithoutInitializingIt() throws IOException {
    callbacks("callbacks:\n  bad:\n    _target_: io.hookline.hydra.NotACallback\n");

    Outcome outcome = app().invoke("task");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: callback 'bad': io.hookline.hydra.NotACallback is not a"
        + " io.hookline.callback.Callback (callbacks.yaml:3:5)\n");
    assertThat(SideEffect.RAN).isFalse();
  }

  @Test
  void javaLangRuntimeIsRefused() throws IOException {
    callbacks("callbacks:\n  shell:\n    _target_: java.lang.Runtime\n");
    assertThat(app().invoke("task").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).contains("java.lang.Runtime is not a io.hookline.callback.Callback");
  }

  @Test
  void aMissingClassIsAUsageError() throws IOException {
    callbacks("callbacks:\n  gone:\n    _target_: com.example.Gone\n");
    assertThat(app().invoke("task").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: callback 'gone': no class or static method com.example.Gone on the class"
        + " path (callbacks.yaml:3:5)\n");
  }

  @Test
  void parametersThatDoNotFitAreAUsageError() throws IOException {
    callbacks("callbacks:\n  rec:\n    _target_: io.hookline.hydra.DeclaredRecorder\n    nmae: x\n");
    assertThat(app().invoke("task").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: callback 'rec': unknown key 'nmae'; did you mean 'name'?;"
        + " io.hookline.hydra.DeclaredRecorder takes [name] (callbacks.yaml:4:5)\n");
  }

  @Test
  void aFileWithoutACallbacksMapSuggestsOnlyAKeyThatIsCloseToIt() throws IOException {
    callbacks("hooks:\n  rec: 1\n");
    assertThat(app().invoke("task").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: callbacks.yaml: no 'callbacks' map, only the keys [hooks]\n");
  }

  @Test
  void aMissingFileAFolderAndAFileWithoutCallbacksAreOneLineEach() throws IOException {
    Files.delete(dir.resolve("callbacks.yaml"));
    assertThat(app().invoke("task").exitCode()).isEqualTo(Outcome.USAGE);
    Files.createDirectory(dir.resolve("callbacks.yaml"));
    assertThat(app().invoke("task").exitCode()).isEqualTo(Outcome.USAGE);
    Files.delete(dir.resolve("callbacks.yaml"));
    callbacks("");
    assertThat(app().invoke("task").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines().toList()).containsExactly(
        "my_app: callbacks.yaml: no such file; callbacksFrom names a YAML, JSON or HOCON file with a 'callbacks' map",
        "my_app: callbacks.yaml: not a file but a folder; callbacks are declared in a YAML, JSON or HOCON file",
        "my_app: callbacks.yaml: no 'callbacks' map; the file is empty");
  }

  @Test
  void twoFilesDeclareTheCallbacksOfBoth() throws IOException {
    callbacks("callbacks:\n  first:\n    _target_: io.hookline.hydra.DeclaredRecorder\n    name: one\n");
    Files.writeString(dir.resolve("more.yaml"),
        "callbacks:\n  second:\n    _target_: io.hookline.hydra.DeclaredRecorder\n    name: two\n");
    assertThat(app().callbacksFrom(Path.of("more.yaml")).invoke("task").exitCode()).isEqualTo(Outcome.OK);
    assertThat(Recorder.SHARED).startsWith("Init one", "Init two", "one onRunStart", "two onRunStart");
  }

  @Test
  void aConstructorThatThrowsMeansNoEventsAndExitOne() throws IOException {
    callbacks("""
        callbacks:
          first:
            _target_: io.hookline.hydra.DeclaredRecorder
            name: callback_1
          boom:
            _target_: io.hookline.hydra.Boom
          never:
            _target_: io.hookline.hydra.DeclaredRecorder
            name: never
        """);

    Outcome outcome = app().invoke("task");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(outcome.error()).isInstanceOf(IllegalStateException.class).hasMessage("boom in init");
    assertThat(Recorder.SHARED).containsExactly("Init callback_1");
    assertThat(err()).startsWith("my_app: callback 'boom' failed to start: java.lang.IllegalStateException: boom in init");
  }

  @Test
  void aMultirunWritesItsSweepAndJobDirectories() throws IOException {
    Outcome outcome = app().callback("json", Callback.writeJobReturns()).invoke("task", "-m", "x=1,2");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    Path sweep = outcome.jobs().get(0).outputDir().getParent();
    assertThat(sweep.getParent().getParent()).isEqualTo(dir.resolve("multirun"));
    assertThat(Files.readString(sweep.resolve("multirun.yaml"))).isEqualTo("""
        app: my_app
        command: task
        options: {}
        overrides:
          - x=1,2
        launcher: sequential
        jobs:
          - number: 0
            id: "0"
            overrides:
              - x=1
            directory: %s
          - number: 1
            id: "1"
            overrides:
              - x=2
            directory: %s
        """.formatted(sweep.resolve("0").toAbsolutePath(), sweep.resolve("1").toAbsolutePath()));
    for (int job = 0; job < 2; job++) {
      Path jobDir = sweep.resolve(Integer.toString(job));
      assertThat(outcome.jobs().get(job).outputDir()).isEqualTo(jobDir);
      assertThat(jobDir.resolve(".hookline/overrides.yaml")).hasContent("- x=" + (job + 1));
      assertThat(jobDir.resolve(".hookline/config.yaml")).hasContent("params:\n  x: " + (job + 1));
      String json = Files.readString(jobDir.resolve(".hookline/job_return.json"));
      assertThat(json).contains("\"status\" : \"COMPLETED\"", "\"value\" : \"done [x=" + (job + 1) + "]\"",
          "\"number\" : " + job);
    }
  }

  @Test
  void singleRunsGetADirectoryOnlyWhenAskedAndNoneWhenOff() throws IOException {
    app().invoke("task");
    assertThat(dir.resolve("outputs")).doesNotExist();

    Outcome withDir = app().outputs(OutputDirs.defaults().forRuns()).invoke("task", "x=1");
    Path run = withDir.jobs().get(0).outputDir();
    assertThat(run.getParent().getParent()).isEqualTo(dir.resolve("outputs"));
    assertThat(run.resolve(".hookline/overrides.yaml")).hasContent("- x=1");

    app().outputs(OutputDirs.off().withoutJournal()).invoke("task", "-m", "x=1,2");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(path -> path.getFileName().toString()).toList()).containsOnly("outputs", "params.yaml",
          "callbacks.yaml");
    }
  }

  @Test
  void outputDirectoriesCanBeRelocated() {
    Outcome outcome = app().outputs(OutputDirs.defaults().under(Path.of("runs"))).invoke("task", "-m", "x=1");
    assertThat(outcome.jobs().get(0).outputDir()).startsWith(dir.resolve("runs/multirun"));
  }

  @Test
  void theLauncherCanBeChosenOnTheCommandLine() {
    Outcome outcome = app().outputs(OutputDirs.off())
        .invoke("task", "-m", "x=1,2,3", "launcher=parallel", "launcher.threads=2");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs()).extracting(r -> r.value()).containsExactly("done [x=1]", "done [x=2]", "done [x=3]");

    Outcome shuffled = app().outputs(OutputDirs.off())
        .invoke("task", "-m", "x=1,2,3,4", "launcher=shuffled", "launcher.seed=3");
    assertThat(shuffled.exitCode()).isEqualTo(Outcome.OK);
    assertThat(shuffled.jobs()).extracting(r -> r.value())
        .containsExactly("done [x=1]", "done [x=2]", "done [x=3]", "done [x=4]");

    assertThat(app().invoke("task", "-m", "x=1", "launcher=paralel").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).contains("my_app: unknown launcher 'paralel'; did you mean 'parallel'? The launchers are"
        + " [sequential, parallel, process, slurm, shuffled]");
    assertThat(app().invoke("task", "launcher=parallel").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).contains("my_app: launcher=... applies to a multirun; add -m");
    assertThat(List.of(app().invoke("task", "-m", "launcher=parallel", "launcher.threads=0").exitCode()))
        .containsExactly(Outcome.USAGE);
  }
}

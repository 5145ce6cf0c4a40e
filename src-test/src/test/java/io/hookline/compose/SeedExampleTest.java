package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.hydra.DeclaredRecorder;
import io.hookline.hydra.Recorder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hydra seed's "Configure Callback" example, word for word with {@code hookline} in place of {@code hydra}: a
 * primary config whose defaults list pulls {@code /hookline/callbacks: [my_callback]}, and a global-package option
 * that declares the callback with its {@code _target_} and parameters.
 */
class SeedExampleTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private ConfigTree conf;

  @BeforeEach
  void writeTheSeed() {
    BucketCallback.LOG.clear();
    Recorder.SHARED.clear();
    conf = new ConfigTree(dir.resolve("conf"))
        .file("config.yaml", """
            defaults:
              - /hookline/callbacks:
                - my_callback

            foo: bar
            """)
        .file("hookline/callbacks/my_callback.yaml", """
            # @package _global_
            hookline:
              callbacks:
                my_callback:
                  _target_: io.hookline.compose.BucketCallback
                  bucket: my_s3_bucket
                  file_path: ./test.pt
            """)
        .file("hookline/callbacks/other.yaml", """
            # @package _global_
            hookline:
              callbacks:
                other:
                  _target_: io.hookline.compose.BucketCallback
                  bucket: other_bucket
                  file_path: ./other.pt
            """);
  }

  private App app() {
    return App.named("my_app")
        .directory(dir)
        .outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .compose(Composition.folder(Path.of("conf")))
        .command(Command.of("task", invocation -> {
          BucketCallback.LOG.add("foo: " + invocation.config("cfg", Map.class).get("foo"));
          return null;
        }).config(ConfigSpec.of("cfg", Map.of()).at("")));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theComposedCallbackRunsAroundTheTask() {
    Outcome outcome = app().invoke("task");

    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).containsExactly("run_start my_s3_bucket", "job_start my_s3_bucket", "foo: bar",
        "job_end my_s3_bucket", "run_end my_s3_bucket");
  }

  @Test
  void twoCallbacksStartInTheComposedOrderAndEndInReverse() {
    conf.file("config.yaml", "defaults:\n  - /hookline/callbacks: [my_callback, other]\n  - _self_\nfoo: bar\n");
    assertThat(app().invoke("task").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).containsExactly("run_start my_s3_bucket", "run_start other_bucket",
        "job_start my_s3_bucket", "job_start other_bucket", "foo: bar", "job_end other_bucket",
        "job_end my_s3_bucket", "run_end other_bucket", "run_end my_s3_bucket");

    BucketCallback.LOG.clear();
    assertThat(app().invoke("task", "hookline/callbacks=[other,my_callback]").exitCode()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).startsWith("run_start other_bucket", "run_start my_s3_bucket");
  }

  @Test
  void aValueOverrideReachesTheConstructor() {
    assertThat(app().invoke("task", "hookline.callbacks.my_callback.bucket=x").exitCode()).as(err())
        .isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).startsWith("run_start x", "job_start x");
  }

  @Test
  void removingTheNodeRemovesTheCallback() {
    assertThat(app().invoke("task", "~hookline.callbacks.my_callback").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).containsExactly("foo: bar");
  }

  @Test
  void removingTheChoiceRemovesTheCallbackToo() {
    // Hydra #2843: ~hydra/callbacks silently deletes Hydra's placeholder, and the callback stays.
    assertThat(app().invoke("task", "~hookline/callbacks").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).containsExactly("foo: bar");
    BucketCallback.LOG.clear();
    assertThat(app().invoke("task", "~hookline/callbacks=my_callback").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).containsExactly("foo: bar");
  }

  @Test
  void case46TheRestOfTheSeedsTable() {
    assertThat(app().invoke("task", "hookline/callbacks=[]").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).containsExactly("foo: bar");
    BucketCallback.LOG.clear();
    // Hydra: "appears more than once" (its own placeholder takes the choice too). Hookline: the list becomes [other].
    assertThat(app().invoke("task", "hookline/callbacks=other").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).startsWith("run_start other_bucket", "job_start other_bucket");
    BucketCallback.LOG.clear();
    // Hydra: "Multiple values". Hookline: + adds an option to a list of options.
    assertThat(app().invoke("task", "+hookline/callbacks=other").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).startsWith("run_start my_s3_bucket", "run_start other_bucket");
    assertThat(app().invoke("task", "hookline.callbacks.nope.bucket=x").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app().invoke("task", "hookline.callbacks.my_callback=null").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app().invoke("task", "+hookline.searchpath=[extra]").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines()).containsExactly(
        "my_app: command line: hookline.callbacks.nope.bucket=x: the composed config has no key"
            + " 'hookline.callbacks.nope.bucket'; did you mean 'hookline.callbacks.my_callback' or"
            + " 'hookline.callbacks.my_callback.bucket'?; to add it, write +hookline.callbacks.nope.bucket=x",
        "my_app: callback 'my_callback': expected a mapping with _target_ (command line:"
            + " hookline.callbacks.my_callback=null)",
        "my_app: command line: +hookline.searchpath=[extra]: hookline.searchpath is read from the primary config"
            + " only; add a folder from the command line with --config-dir FOLDER");
  }

  @Test
  void aSweepThatWouldChangeHooklinesNodeThroughAGroupIsAnError() {
    conf.file("exp/a.yaml", "# @package _global_\nhookline:\n  launcher: sequential\n")
        .file("exp/b.yaml", "# @package _global_\nfoo: b\n");
    assertThat(app().invoke("task", "-m", "+exp=a,b").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: job 1 (+exp=b) composes another 'hookline' node than job 0; the sweep may not"
        + " change Hookline's own settings, which serve every job\n");
    assertThat(BucketCallback.LOG).isEmpty();
  }

  @Test
  void theLauncherComesFromHooklinesNodeAndTheCommandLineWins() {
    conf.file("config.yaml", "defaults:\n  - /hookline/callbacks: [my_callback]\n  - _self_\nfoo: bar\n"
        + "hookline:\n  launcher:\n    name: nope\n");
    assertThat(app().invoke("task", "-m", "foo=a,b").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).startsWith("my_app: unknown launcher 'nope'");
    assertThat(app().invoke("task", "-m", "foo=a,b", "launcher=sequential").exitCode()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).contains("foo: a", "foo: b");
  }

  @Test
  void theLaunchersOptionsComeWithItsNameAndAnythingElseIsOneLine() {
    conf.file("config.yaml", "foo: bar\nhookline:\n  launcher:\n    name: parallel\n    threadz: 2\n");
    assertThat(app().invoke("task", "-m", "foo=a,b").exitCode()).isEqualTo(Outcome.USAGE);
    conf.file("config.yaml", "foo: bar\nhookline:\n  launcher: 5\n");
    assertThat(app().invoke("task", "-m", "foo=a,b").exitCode()).isEqualTo(Outcome.USAGE);
    conf.file("config.yaml", "foo: bar\nhookline:\n  launcher:\n    threads: 2\n");
    assertThat(app().invoke("task", "-m", "foo=a,b").exitCode()).isEqualTo(Outcome.USAGE);
    String notALauncher = "my_app: conf/config.yaml:3:3: 'hookline.launcher' is a launcher's name, or a map of its"
        + " name and options, as in {name: parallel, threads: 4}";
    assertThat(err().lines()).containsExactly("my_app: unknown launcher option 'launcher.threadz'; did you mean"
        + " 'threads'?; each launcher's options are in --help", notALauncher, notALauncher);
  }

  @Test
  void aHooklineNodeFourLevelsDownIsRefusedAndOneFurtherIsTheUsersOwnKey() {
    conf.file("config.yaml", "foo: bar\na:\n  b:\n    c:\n      d:\n        hookline:\n          launcher: parallel\n");
    assertThat(app().invoke("task").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).startsWith("my_app: conf/config.yaml:6:9: Hookline's own node is read at the root, and this one"
        + " is at 'a.b.c.d.hookline'");
    conf.file("config.yaml", "foo: bar\na:\n  b:\n    c:\n      d:\n        e:\n          hookline:\n"
        + "            launcher: parallel\n");
    assertThat(app().invoke("task").exitCode()).isEqualTo(Outcome.OK);
  }

  @Test
  void aThirdCallbackAddedOnTheCommandLineComesLast() {
    assertThat(app().invoke("task", "+hookline.callbacks.third={_target_: io.hookline.compose.BucketCallback,"
        + " bucket: t, file_path: f}").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(BucketCallback.LOG).startsWith("run_start my_s3_bucket", "run_start t");
  }

  @Test
  void callbacksInCodeComeFirstThenFilesThenComposed() {
    conf.file("../callbacks.yaml", """
        callbacks:
          from_file:
            _target_: io.hookline.hydra.DeclaredRecorder
            name: file
        """);
    App app = app().callback("in_code", new DeclaredRecorder("code")).callbacksFrom(Path.of("callbacks.yaml"));
    assertThat(app.invoke("task").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(Recorder.SHARED).contains("code onRunStart", "file onRunStart");
    assertThat(Recorder.SHARED.indexOf("code onRunStart")).isLessThan(Recorder.SHARED.indexOf("file onRunStart"));
    assertThat(BucketCallback.LOG).startsWith("run_start my_s3_bucket");
  }

  @Test
  void cfgHooklineShowsTheComposedCallbacks() {
    assertThat(app().invoke("task", "--cfg", "hookline", "-p", "hookline.callbacks").exitCode()).as(err())
        .isEqualTo(Outcome.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
        # @package hookline.callbacks
        my_callback:
          _target_: io.hookline.compose.BucketCallback
          bucket: my_s3_bucket
          file_path: ./test.pt
        """);
    assertThat(BucketCallback.LOG).isEmpty();
  }

  @Test
  void aHydraNodeIsOneLineThatPointsToHookline() {
    conf.file("hookline/callbacks/my_callback.yaml", "# @package _global_\nhydra:\n  callbacks: {}\n");
    Outcome outcome = app().invoke("task");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: conf/hookline/callbacks/my_callback.yaml:2:1: 'hydra' is"
        + " Hydra's node; Hookline's own settings go under 'hookline', as in hookline.callbacks\n");
  }

  @Test
  void sweepingHooklinesOwnSettingsIsAnError() {
    Outcome outcome = app().invoke("task", "-m", "hookline/callbacks=[my_callback],[other]");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: 'hookline/callbacks=[my_callback],[other]': Hookline's own settings"
        + " (callbacks, the launcher) serve every job, so they cannot be swept; set one value\n");
  }
}

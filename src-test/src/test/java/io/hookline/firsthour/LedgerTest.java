package io.hookline.firsthour;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.cli.Captured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger: every key given in a config file, an override, a sweep, a sweep's file, a callbacks file, a launcher's
 * or a sweeper's options, or the composed {@code hookline} node is read by something or reported. Each case feeds one
 * kind of input with one key that nothing reads, and expects a one-line report and exit 2, before any job runs.
 */
class LedgerTest {

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  private int[] ran = {0};

  private App app() {
    return captured.app("app", dir).command(Command.of("train", inv -> ++ran[0])
        .config(ConfigSpec.of("train", Train.class)));
  }

  private void refused(Outcome outcome, String line) {
    assertThat(outcome.exitCode()).as(captured.err()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("app: " + line + "\n");
    assertThat(ran[0]).as("no job ran").isZero();
    captured.resetErr();
  }

  /** Checks that {@code outcome} refused its input before any job ran, in an error that names {@code word}. */
  private void refusedNaming(Outcome outcome, String word) {
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).contains(word).doesNotContain("\tat ");
    assertThat(ran[0]).isZero();
  }

  @Test
  void aConfigFilesUnreadKey() throws IOException {
    Files.writeString(dir.resolve("train.yaml"), "lr: 0.2\nlrr: 1\n");
    refused(app().invoke("train"), "config 'train': unknown key 'lrr' (train.yaml:2:1); did you mean 'lr'?");
  }

  @Test
  void anOverridesUnreadKey() {
    refused(app().invoke("train", "lrr=1"), "override 'lrr=1': no config has the key 'lrr'; did you mean 'lr'?");
  }

  @Test
  void aSweepsUnreadKeyBeforeAnyJobRuns() {
    refused(app().invoke("train", "-m", "lrr=1,2"), "override 'lrr=1': no config has the key 'lrr'; did you mean"
        + " 'lr'?");
  }

  @Test
  void aSweepsKeyInACommandWithoutConfigsBeforeAnyJobRuns() {
    App bare = captured.app("app", dir).command(Command.of("train", inv -> ++ran[0]));
    refused(bare.invoke("train", "-m", "n=1,2"), "override 'n=1': no config has the key 'n'");
  }

  @Test
  void aSweepFilesUnreadKey() throws IOException {
    Files.writeString(dir.resolve("sweep.yaml"), "params:\n  lr: 1,2\nparms:\n  epochs: 1,2\n");
    refusedNaming(app().invoke("train", "-m", "--sweep", "sweep.yaml"), "parms");
  }

  @Test
  void aCallbacksFilesUnreadKey() throws IOException {
    Files.writeString(dir.resolve("callbacks.yaml"), "callbacks: {}\nlogging: verbose\n");
    refused(app().callbacksFrom(Path.of("callbacks.yaml")).invoke("train"), "callbacks.yaml: unknown key 'logging'"
        + " (callbacks.yaml:2:1); a callbacks file holds only 'callbacks'");
  }

  @Test
  void aLaunchersUnreadOption() {
    refusedNaming(app().invoke("train", "-m", "lr=1,2", "launcher=parallel", "launcher.thread=2"), "thread");
  }

  @Test
  void aSweepersUnreadOption() {
    refusedNaming(app().invoke("train", "-m", "lr=uniform(0,1)", "sweeper=random", "sweeper.trails=2"), "trails");
  }

  @Test
  void theComposedHooklineNodesUnreadKey() throws IOException {
    Files.createDirectories(dir.resolve("conf"));
    Files.writeString(dir.resolve("conf/config.yaml"), "train:\n  lr: 0.3\nhookline:\n  callback: {}\n");
    App composed = app().compose(Composition.folder(Path.of("conf")));
    Outcome outcome = composed.invoke("train");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).contains("unknown key 'hookline.callback'").contains("did you mean 'callbacks'?");
    assertThat(ran[0]).isZero();
  }

  @Test
  void aComposedConfigsUnreadKey() throws IOException {
    Files.createDirectories(dir.resolve("conf"));
    Files.writeString(dir.resolve("conf/config.yaml"), "train:\n  lr: 0.3\ntrian:\n  lr: 0.4\n");
    Outcome outcome = app().compose(Composition.folder(Path.of("conf"))).invoke("train");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).contains("the composed key 'trian' goes to no config; did you mean 'train'?");
    assertThat(ran[0]).isZero();
  }

  @Test
  void aFreeFormConfigReadsEveryKey() {
    Outcome outcome = captured.app("app", dir).command(Command.of("train", inv -> inv.config("extras", Map.class))
        .config(ConfigSpec.of("extras", Map.of()))).invoke("train", "anything=1");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).isEqualTo(Map.of("anything", 1));
  }

  @Test
  void aKeySetTwiceIsRefusedRatherThanHalfIgnored() {
    refused(app().invoke("train", "lr=1", "lr=2"), "'lr=2' sets 'lr' again, after 'lr=1'; give it once, or sweep its"
        + " values with -m, as in lr=1,2");
  }

  @Test
  void aKeySweptAndSetIsRefusedRatherThanHalfIgnored() {
    refused(app().invoke("train", "-m", "lr=1,2", "lr=3"), "'lr=3' sets 'lr' again, after 'lr=1,2'; give it once, or"
        + " sweep its values with -m, as in lr=1,2");
  }
}

package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.cli.Captured;
import io.hookline.hydra.params.Declared;
import io.hookline.testkit.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A declared callback's parameters are bound by name as a config's are, for classes compiled without
 * {@code -parameters}: a parameter left out takes a default, is empty or null where it may be, and is otherwise one line
 * naming it; a constructor that throws, an {@code Error} included, is the callback's failure (exit 1).
 */
class CallbackParametersTest {

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  @BeforeEach
  void clear() {
    Declared.BUILT.clear();
  }

  private Outcome run(String declaration) throws IOException {
    Files.writeString(dir.resolve("callbacks.yaml"), "callbacks:\n  notify:\n" + declaration.indent(4));
    App app = captured.app("app", dir).callbacksFrom(Path.of("callbacks.yaml")).command(Command.of("task", inv -> 1));
    return app.invoke("task");
  }

  @Test
  void aRecordsSecondConstructorSuppliesWhatIsLeftOut() throws IOException {
    Outcome outcome = run("_target_: io.hookline.hydra.params.Declared$Alert\nchannel: ops\n");

    assertThat(captured.err()).isEmpty();
    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(Declared.BUILT).containsExactly("Alert ops 3");
  }

  @Test
  void everyParameterGivenUsesTheCanonicalConstructor() throws IOException {
    run("_target_: io.hookline.hydra.params.Declared$Alert\nchannel: ops\nretries: 5\n");
    assertThat(Declared.BUILT).containsExactly("Alert ops 5");
  }

  @Test
  void aMissingParameterWithoutADefaultIsOneLineNamingItAndItsType() throws IOException {
    Outcome outcome = run("_target_: io.hookline.hydra.params.Declared$Alert\nretries: 5\n");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("app: callback 'notify': key 'channel' is required and has no value (String);"
        + " add channel: VALUE beside its _target_ (callbacks.yaml:2:3)\n");
    assertThat(Declared.BUILT).isEmpty();
  }

  @Test
  void nullableAndOptionalParametersMayBeLeftOut() throws IOException {
    run("_target_: io.hookline.hydra.params.Declared$Loose\nchannel: ops\n");
    assertThat(captured.err()).isEmpty();
    assertThat(Declared.BUILT).containsExactly("Loose null Optional.empty ops");
  }

  @Test
  void anOptionalParameterGivenIsPresent() throws IOException {
    run("_target_: io.hookline.hydra.params.Declared$Loose\nchannel: ops\ntag: t\nnote: n\n");
    assertThat(Declared.BUILT).containsExactly("Loose n Optional[t] ops");
  }

  @Test
  void thePlainClassOfTheReadmeCompiledWithoutParameterNamesBindsByItsFields() throws IOException {
    Files.writeString(dir.resolve("callbacks.yaml"), "callbacks:\n  notify:\n"
        + "    _target_: io.hookline.newcomer.Notified$Notify\n    channel: ops\n    retries: 2\n");
    Transcript run = Transcript.of(App.named("app").callbacksFrom(Path.of("callbacks.yaml"))
        .outputs(OutputDirs.off()).command(Command.of("task", inv -> 1)), dir, "task");

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("notify ops (2 tries): job #0 COMPLETED\n");
  }

  @Test
  void aPlainClassWhoseNamesCannotBeKnownIsOneLineSayingWhatToDo() throws IOException {
    Outcome outcome = run("_target_: io.hookline.hydra.params.Declared$Swapped\nfirst: a\nsecond: b\n");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("app: callback 'notify': the names of Swapped's constructor parameters are"
        + " not in its class file; compile it with -parameters, annotate its constructor with @ConstructorProperties,"
        + " or make it a record\n");
    assertThat(Declared.BUILT).as("a probe may build it, but never with the user's values").doesNotContain(
        "Swapped a b", "Swapped b a");
  }

  @Test
  void anErrorFromTheConstructorIsTheCallbacksFailureAndExitsOne() throws IOException {
    Outcome outcome = run("_target_: io.hookline.hydra.params.Declared$Asserting\nchannel: ops\n");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(captured.err()).startsWith("app: callback 'notify' failed to start: java.lang.AssertionError: channel"
        + " ops is not reachable\n");
  }
}

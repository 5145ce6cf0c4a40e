package io.hookline.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.Secret;
import io.hookline.callback.JobReturn.Status;
import io.hookline.hydra.Recorder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rerun JOB_DIR [overrides…]} runs one job again as a single run: from its saved configs (no config file
 * needed), with the extra overrides on top and its own not applied twice, with the callbacks' events, in a new output
 * directory that records where the job came from.
 */
class RerunTest {

  /** The job's config. */
  public record Train(int epochs, double lr, boolean broken) {
    /** The defaults. */
    public Train() {
      this(1, 0.1, false);
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final List<String> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void clear() {
    Recorder.SHARED.clear();
  }

  private App app() {
    return App.named("trainer")
        .directory(dir)
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .callback("rec", new Recorder("rec", events))
        .command(Command.of("train", invocation -> {
          Train train = invocation.config(Train.class);
          Map<?, ?> extra = invocation.config("extra", Map.class);
          ran.add("epochs=" + train.epochs() + " lr=" + train.lr() + " extra=" + extra);
          if (train.broken()) {
            throw new IllegalStateException("broken at lr=" + train.lr());
          }
          return train.lr() * train.epochs();
        }).config(ConfigSpec.of(Train.class)).config(ConfigSpec.of("extra", Map.of())));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aFailedJobRunsAgainWithAFixingOverrideFromItsSavedConfigs() throws IOException {
    Outcome sweep = app().invoke("train", "-m", "lr=0.1,0.2", "broken=true", "epochs=3", "+extra::tag=a");
    assertThat(sweep.jobs()).allMatch(job -> job.status() == Status.FAILED);
    Path failed = sweep.jobs().get(1).outputDir();
    Files.delete(dir.resolve("train.yaml")); // the rerun needs no config file but the saved one
    Files.delete(dir.resolve("extra.yaml"));
    ran.clear();
    events.clear();

    Outcome rerun = app().invoke("--rerun", failed.toString(), "broken=false");

    assertThat(rerun.exitCode()).as(err()).isEqualTo(Outcome.OK);
    // A map config takes every shared override too (coma's rule), so extra holds lr, broken and epochs; +extra::tag=a
    // is not applied a second time, which would fail ("already has 'tag'"), and broken=false lands on top.
    assertThat(ran).containsExactly("epochs=3 lr=0.2 extra={lr=0.2, broken=false, epochs=3, tag=a}");
    assertThat(rerun.result()).isEqualTo(0.6000000000000001);
    assertThat(events).containsExactly("Init rec", "rec onRunStart", "rec onJobStart #0", "rec onJobEnd #0 COMPLETED",
        "rec onRunEnd COMPLETED");
    Path again = rerun.jobs().get(0).outputDir();
    assertThat(again).isNotNull().startsWith(dir.resolve("outputs"));
    assertThat(Files.readString(again.resolve(".hookline/job.yaml"))).contains("command: train\n",
        "rerunOf: " + failed + "\n").contains("overrides:\n  - broken=false\n");
  }

  /** A config with a secret. */
  public record Login(String user, @Secret String password) {
    /** The defaults. */
    public Login() {
      this("ada", "");
    }
  }

  @Test
  void aSecretIsSavedMaskedAndGivenAgainOnTheCommandLine() throws IOException {
    App app = App.named("login").directory(dir).outputs(OutputDirs.defaults())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("in", invocation -> invocation.config(Login.class).password())
            .config(ConfigSpec.of(Login.class)));
    Outcome sweep = app.invoke("in", "-m", "password=hunter2,swordfish");
    Path job = sweep.jobs().get(1).outputDir();
    assertThat(Files.readString(job.resolve(".hookline/config.yaml"))).contains("password: \"********\"")
        .doesNotContain("swordfish");
    assertThat(app.invoke("--rerun", job.toString(), "password=swordfish").result()).isEqualTo("swordfish");
  }

  @Test
  void misusesAreOneLine() throws IOException {
    Outcome sweep = app().invoke("train", "-m", "lr=0.1,0.2", "--quiet");
    Path job = sweep.jobs().get(0).outputDir();
    assertThat(app().invoke("--rerun", dir.toString()).exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app().invoke("--rerun").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app().invoke("--rerun", job.toString(), "-m", "lr=1,2").exitCode()).isEqualTo(Outcome.USAGE);
    Files.writeString(job.resolve(".hookline/job.yaml"), "command: gone\n");
    assertThat(app().invoke("--rerun", job.toString()).exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines()).containsExactly(
        "trainer: --rerun " + dir + ": not a job's directory (no .hookline/job.yaml there); give the directory of a"
            + " job, such as multirun/<date>/<time>/3",
        "trainer: --rerun takes a job's directory, then any overrides to apply on top",
        "trainer: --rerun " + job + ": '-m' is an option; a job runs again with its own options, and only overrides"
            + " go after its directory",
        "trainer: --rerun " + job + ": the job's command 'gone' is not one of [train]");
  }

  @Test
  void aComposedJobRunsAgainFromItsSavedComposedConfig() throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf/optim"));
    Files.writeString(dir.resolve("conf/config.yaml"), "defaults:\n  - optim: fast\n  - _self_\ntrain:\n  epochs: 2\n"
        + "extra: {}\n");
    Files.writeString(conf.resolve("fast.yaml"), "# @package train\nlr: 0.5\n");
    Files.writeString(conf.resolve("slow.yaml"), "# @package train\nlr: 0.01\n");
    App composed = app().compose(Composition.folder(Path.of("conf")));
    Outcome sweep = composed.invoke("train", "-m", "optim=fast,slow", "train.broken=true");
    Path slow = sweep.jobs().get(1).outputDir();
    Files.writeString(conf.resolve("slow.yaml"), "# @package train\nlr: 9\n"); // the rerun ignores today's files
    ran.clear();

    Outcome rerun = composed.invoke("--rerun", slow.toString(), "train.broken=false", "+extra.note=again");

    assertThat(rerun.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(ran).containsExactly("epochs=2 lr=0.01 extra={note=again}");
  }
}

package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import greet.Greet;
import greet.Greet.Greeting;
import io.hookline.App;
import io.hookline.Configs;
import io.hookline.InputException;
import io.hookline.Outcome;
import io.hookline.callback.Callback;
import io.hookline.callback.RunContext;
import io.hookline.examples.scheduled.Adam;
import io.hookline.examples.scheduled.Run;
import io.hookline.examples.scheduled.ScheduledTrainerApp;
import io.hookline.testkit.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hydra's {@code compose(config_name, overrides)}, for tests and tools: {@code App.configsFor} binds the configs a
 * run would get, exactly, and runs nothing, writes nothing and makes no callback fire; {@code --cfg job}'s outcome
 * holds the tree it printed.
 */
class ConfigsForTest {

  @TempDir
  Path dir;

  private final List<String> events = new ArrayList<>();

  private App scheduled() {
    return ScheduledTrainerApp.app(dir).callback("events", new Callback() {
      @Override
      public void onRunStart(RunContext run) {
        events.add("run start");
      }
    });
  }

  @Test
  void theConfigsAreWhatTheRunGetsAndNothingRunsOrIsWritten() throws IOException {
    // tag::configs-for[]
    Configs configs = scheduled().configsFor("train", "optimizer=adam", "+run.optimizer.beta2=0.99", "run.steps=9");

    Run run = configs.get(Run.class);
    assertThat(run.optimizer()).isEqualTo(new Adam(0.8, 0.99));
    assertThat(run.steps()).isEqualTo(9);
    assertThat(run.schedule().applyAsDouble(0)).isEqualTo(0.05);
    // end::configs-for[]
    assertThat(events).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }

    Outcome ran = scheduled().invoke("train", "optimizer=adam", "+run.optimizer.beta2=0.99", "run.steps=9");
    assertThat(ran.invocation().configs().get(Run.class)).usingRecursiveComparison()
        .ignoringFields("schedule").isEqualTo(run);
    assertThat(events).containsExactly("run start");
  }

  @Test
  void aPlainAppsConfigsAreLoadedAndOverriddenWithoutWritingTheirFile() {
    assertThat(Greet.app().directory(dir).configsFor("hello", "name=Ada").get(Greeting.class))
        .isEqualTo(new Greeting("Ada", "Hello", 1));
    assertThat(dir.resolve("greeting.yaml")).doesNotExist();
  }

  @Test
  void badInputIsTheExceptionTheRunWouldReport() {
    Transcript run = Transcript.of(scheduled(), dir, "train", "run.stesp=9");
    assertThatThrownBy(() -> scheduled().configsFor("train", "run.stesp=9")).isInstanceOf(InputException.class)
        .hasMessage(run.err().substring("trainer: ".length()).strip());
    assertThatThrownBy(() -> scheduled().configsFor("train", "-m", "run.steps=1,2"))
        .hasMessage("the configs of one run are asked for: leave out -m");
    assertThatThrownBy(() -> scheduled().configsFor("train", "--cfg", "job"))
        .hasMessage("the configs of one run are asked for: leave out --cfg and --info");
  }

  @Test
  void cfgJobsOutcomeHoldsTheTreeItPrinted() {
    Transcript shown = Transcript.of(scheduled(), dir, "train", "--cfg", "job", "-p", "run.optimizer");
    assertThat(shown.out()).isEqualTo("# @package run.optimizer\n_target_: io.hookline.examples.scheduled.Adam\n"
        + "beta1: 0.8\n");
    assertThat(shown.outcome().result()).isEqualTo(Map.of("_target_", Adam.class.getName(), "beta1", 0.8));
  }
}

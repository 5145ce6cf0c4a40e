package io.hookline.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.JobReturn;
import io.hookline.launch.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The random sweeper: seeded draws from distributions and lists, the same jobs for the same seed, every value within
 * its bounds, and one-line errors for malformed distributions.
 */
class RandomSweeperTest {

  /** The trial's config. */
  public record Trial(double lr, double wd, int layers, String optimizer, double noise, int fixed) {
    /** The defaults. */
    public Trial() {
      this(0.1, 0, 1, "sgd", 0, 0);
    }
  }

  private static final List<String> SPACE = List.of("lr=loguniform(1e-4, 1e-1)", "wd=uniform(0, 0.5)",
      "layers=randint(1, 4)", "optimizer=sgd,adam,rmsprop", "noise=normal(0, 1)", "fixed=7");

  @TempDir
  Path dir;

  private static List<List<String>> jobs(int trials, long seed, List<String> arguments) {
    return Sweeper.random(trials, seed).search(arguments).next();
  }

  private static Map<String, String> values(List<String> job) {
    return job.stream().collect(Collectors.toMap(o -> o.substring(0, o.indexOf('=')), o -> o.substring(
        o.indexOf('=') + 1)));
  }

  @Property(tries = 200)
  void theSameSeedGivesTheSameJobsAndEveryValueIsWithinItsBounds(@ForAll @IntRange(min = 1, max = 50) int trials,
      @ForAll long seed) {
    List<List<String>> jobs = jobs(trials, seed, SPACE);

    assertThat(jobs).hasSize(trials).isEqualTo(jobs(trials, seed, SPACE));
    for (List<String> job : jobs) {
      Map<String, String> values = values(job);
      assertThat(Double.parseDouble(values.get("lr"))).isBetween(1e-4, 1e-1);
      assertThat(Double.parseDouble(values.get("wd"))).isGreaterThanOrEqualTo(0).isLessThan(0.5);
      assertThat(Integer.parseInt(values.get("layers"))).isBetween(1, 4);
      assertThat(values.get("optimizer")).isIn("sgd", "adam", "rmsprop");
      assertThat(Double.parseDouble(values.get("noise"))).isFinite();
      assertThat(values.get("fixed")).isEqualTo("7");
      assertThat(job).extracting(o -> o.substring(0, o.indexOf('='))).containsExactly("lr", "wd", "layers",
          "optimizer", "noise", "fixed");
    }
  }

  @Test
  void differentSeedsDrawDifferentJobsAndEveryChoiceIsDrawn() {
    Set<List<List<String>>> sweeps = new HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      sweeps.add(jobs(5, seed, SPACE));
    }
    assertThat(sweeps).hasSize(10);
    assertThat(jobs(200, 1, List.of("layers=randint(1, 4)"))).extracting(job -> job.get(0))
        .containsOnly("layers=1", "layers=2", "layers=3", "layers=4");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void aRandomSweepRunsItsTrialsWithTheirTypes(int threads) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Outcome outcome = App.named("random").directory(dir).outputs(OutputDirs.off().withoutJournal())
        .launcher(threads == 1 ? Launcher.sequential() : Launcher.parallel(threads)).sweeper(Sweeper.random(12, 42))
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("train", invocation -> invocation.config(Trial.class)).config(ConfigSpec.of(
            Trial.class)))
        .invoke(concat("train", "-m"));

    assertThat(outcome.exitCode()).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs()).hasSize(12).allMatch(JobReturn::completed);
    List<List<String>> expected = jobs(12, 42, SPACE);
    for (JobReturn job : outcome.jobs()) {
      Trial trial = (Trial) job.value();
      Map<String, String> drawn = values(expected.get(job.number()));
      assertThat(trial.lr()).isEqualTo(Double.parseDouble(drawn.get("lr")));
      assertThat(trial.layers()).isEqualTo(Integer.parseInt(drawn.get("layers")));
      assertThat(trial.optimizer()).isEqualTo(drawn.get("optimizer"));
      assertThat(trial.fixed()).isEqualTo(7);
    }
  }

  private static String[] concat(String... first) {
    String[] all = new String[first.length + SPACE.size()];
    System.arraycopy(first, 0, all, 0, first.length);
    for (int i = 0; i < SPACE.size(); i++) {
      all[first.length + i] = SPACE.get(i);
    }
    return all;
  }

  @Test
  void malformedDistributionsAreOneLineErrors() {
    assertError("lr=loguniform(0, 1)", "loguniform(a, b) needs 0 < a < b");
    assertError("lr=uniform(1, 1)", "uniform(a, b) needs a < b");
    assertError("lr=uniform(1)", "uniform takes two numbers, as in uniform(0, 1)");
    assertError("lr=normal(0, -1)", "normal's sigma is above 0, not -1");
    assertError("n=randint(1.5, 3)", "randint takes whole numbers, not '1.5'");
    assertError("n=randint(4, 3)", "randint(a, b) needs a ≤ b, at most 2^31 apart");
    assertError("lr=uniform(x, 1)", "'x' is not a finite number");
    assertError("lr=zip(1, 2)", "zip(…) pairs keys in the grid; the random sweeper draws each key alone");
    assertError("lr=shufle(1, 2)", "unknown function 'shufle'; did you mean 'shuffle'? The functions are bool,"
        + " choice, float, glob, int, interval, range, shuffle, sort, str, zip; quote text that looks like a call:"
        + " \"shufle(1, 2)\"");
    assertThatThrownBy(() -> Sweeper.random(0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a random sweep has from 1 to a million trials, not 0");
  }

  private static void assertError(String argument, String message) {
    assertThatThrownBy(() -> jobs(3, 0, List.of(argument))).isInstanceOf(InputException.class)
        .hasMessage("sweep '" + argument + "': " + message);
  }
}

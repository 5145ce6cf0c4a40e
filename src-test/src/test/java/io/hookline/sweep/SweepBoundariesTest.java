package io.hookline.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import io.hookline.sweep.internal.RandomSearch;
import io.hookline.sweep.internal.Sweep;
import io.hookline.sweep.internal.SweepValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Each limit of the sweeps at its edge: the last value it takes and the first it refuses, with the refusal's words;
 * and each distribution of the random sweeper drawn exactly as its formula says, from the seeded generator.
 */
class SweepBoundariesTest {

  private static List<String> values(String text) {
    return SweepValues.of("k=" + text, text).values();
  }

  @Test
  void rangesCountToTheirStopAndNoFurtherEitherWay() {
    assertThat(values("range(3)")).containsExactly("0", "1", "2");
    assertThat(values("range(3, 0, -1)")).containsExactly("3", "2", "1");
    assertThat(values("range(1000000)")).hasSize(SweepValues.MAX_VALUES);
    assertThatThrownBy(() -> values("range(1000001)")).isInstanceOf(InputException.class)
        .hasMessageContaining("range has more than 1000000 values");
  }

  @Test
  void aRangesNumbersHaveAtMostAHundredDigitsEachSideOfThePoint() {
    String hundred = "1".repeat(100);
    assertThat(values("range(" + "9".repeat(99) + "8, " + "9".repeat(100) + ")")).containsExactly("9".repeat(99) + "8");
    assertThatThrownBy(() -> values("range(" + hundred + "1)")).isInstanceOf(InputException.class)
        .hasMessageContaining("range's numbers have at most 100 digits before and after the point, not '"
            + hundred + "1'");
    assertThat(values("range(0, 0." + "0".repeat(98) + "1, 0." + "0".repeat(99) + "5)")).hasSize(2);
    assertThatThrownBy(() -> values("range(0, 1, 0." + "0".repeat(100) + "5)"))
        .hasMessageContaining("range's numbers have at most 100 digits before and after the point");
  }

  @Test
  void aCommaListHasAtMostAMillionValues() {
    String million = String.join(",", Collections.nCopies(SweepValues.MAX_VALUES, "a"));
    assertThat(values(million)).hasSize(SweepValues.MAX_VALUES);
    assertThatThrownBy(() -> values(million + ",a")).isInstanceOf(InputException.class)
        .hasMessageContaining("more than 1000000 values");
  }

  @Test
  void boolReadsANumbersSignAndRefusesOneTooLong() {
    assertThat(values("bool(0, 1, -2, 0.0)")).containsExactly("false", "true", "true", "false");
    String hundred = "1".repeat(100);
    assertThat(values("bool(" + hundred + ")")).containsExactly("true");
    assertThatThrownBy(() -> values("bool(" + hundred + "1)")).isInstanceOf(InputException.class)
        .hasMessageContaining("takes true, false or a number, not '" + hundred + "1'");
  }

  @Test
  void quotesAreTakenOffOnlyWhenTheyCloseTheValue() {
    assertThat(values("str('a', \"b\", 'it''s', '')")).containsExactly("'a'", "'b'", "'it''s'", "''");
    assertThat(values("int('3', \"4\")")).containsExactly("3", "4");
  }

  @Test
  void aSweepIsAtMostAMillionJobsAndSaysWhichKeysSweep() {
    assertThat(Sweep.of(List.of("a=range(1000)", "b=range(1000)", "c=1")).size()).isEqualTo(1_000_000);
    assertThatThrownBy(() -> Sweep.of(List.of("a=range(1000)", "b=range(1001)", "c=1")))
        .isInstanceOf(InputException.class)
        .hasMessage("the sweep has more than 1000000 jobs; sweep fewer values (a: 1000, b: 1001)");
    List<String> six = new ArrayList<>();
    for (char key = 'a'; key <= 'f'; key++) {
      six.add(key + "=range(11)");
    }
    assertThatThrownBy(() -> Sweep.of(six)).hasMessage("the sweep has more than 1000000 jobs; sweep fewer values"
        + " (a: 11, b: 11, c: 11, d: 11, e: 11, …)");
    assertThatThrownBy(() -> Sweep.of(six.subList(1, 6).stream().map(key -> key.replace("11", "17")).toList()))
        .hasMessage("the sweep has more than 1000000 jobs; sweep fewer values (b: 17, c: 17, d: 17, e: 17, f: 17)");
    assertThat(Sweep.of(List.of("a=1,2"))).hasToString("Sweep[a=1,2] (2 jobs)");
    assertThat(Sweep.of(List.of("a=1,2")).arguments()).containsExactly("a=1,2");
  }

  /** The values a random sweep of {@code draw} takes over 5 trials with seed 7. */
  private static List<String> drawn(String draw) {
    return new RandomSearch(List.of("k=" + draw), 5, 7).next().stream().map(job -> job.get(0).substring(2)).toList();
  }

  /** The 5 values {@code formula} makes of a generator seeded with 7. */
  private static List<String> expected(ToDoubleFunction<Random> formula) {
    Random random = new Random(7);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      values.add(Double.toString(formula.applyAsDouble(random)));
    }
    return values;
  }

  @Test
  void eachDistributionDrawsWhatItsFormulaSays() {
    assertThat(drawn("normal(3, 2)")).isEqualTo(expected(random -> 3 + 2 * random.nextGaussian()));
    assertThat(drawn("uniform(2, 5)")).isEqualTo(expected(random -> 2 + 3 * random.nextDouble()));
    assertThat(drawn("loguniform(2, 5)")).isEqualTo(expected(random -> Math.exp(Math.log(2)
        + (Math.log(5) - Math.log(2)) * random.nextDouble())));
    Random random = new Random(7);
    List<String> whole = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      whole.add(Long.toString(-3 + random.nextInt(7)));
    }
    assertThat(drawn("randint(-3, 3)")).isEqualTo(whole);
    assertThat(drawn("randint(4, 4)")).containsOnly("4");
  }

  @Test
  void eachDistributionRefusesBoundsAtTheirEdge() {
    assertThatThrownBy(() -> drawn("normal(0, 0)")).hasMessage("sweep 'k=normal(0, 0)': normal's sigma is above 0,"
        + " not 0");
    assertThatThrownBy(() -> drawn("randint(5, 4)")).hasMessage("sweep 'k=randint(5, 4)': randint(a, b) needs a ≤ b,"
        + " at most 2^31 apart");
    assertThat(drawn("randint(0, 2147483646)")).hasSize(5);
    assertThatThrownBy(() -> drawn("randint(0, 2147483647)")).hasMessageContaining("at most 2^31 apart");
    assertThatThrownBy(() -> drawn("loguniform(0, 1)")).hasMessage("sweep 'k=loguniform(0, 1)': loguniform(a, b)"
        + " needs 0 < a < b");
    assertThatThrownBy(() -> drawn("loguniform(2, 2)")).hasMessageContaining("needs 0 < a < b");
    assertThatThrownBy(() -> drawn("uniform(2, 2)")).hasMessage("sweep 'k=uniform(2, 2)': uniform(a, b) needs a < b");
  }

  @Test
  void halvingAndRandomTakeTheirLimitsAndNotOneBeyond() {
    Halving edge = Sweeper.halving("epochs", 1, 1).withEta(2).withCandidates(1);
    assertThat(edge.maximize()).isFalse();
    assertThat(edge.maximizing().maximize()).isTrue();
    assertThat(Sweeper.halving("epochs", 1, 1).withCandidates(1_000_000)).isNotNull();
    assertThatThrownBy(() -> Sweeper.halving("epochs", 0, 1))
        .hasMessage("the budgets need 1 <= min <= max, not 0 and 1");
    assertThatThrownBy(() -> Sweeper.halving("epochs", 2, 1))
        .hasMessage("the budgets need 1 <= min <= max, not 2 and 1");
    assertThatThrownBy(() -> edge.withEta(1)).hasMessage("eta is at least 2 and candidates from 1 to a million, not 1"
        + " and 1");
    assertThatThrownBy(() -> edge.withCandidates(0)).hasMessageContaining("not 2 and 0");
    assertThatThrownBy(() -> edge.withCandidates(1_000_001)).hasMessageContaining("not 2 and 1000001");

    assertThat(Sweeper.random(1, 0)).isNotNull();
    assertThat(Sweeper.random(1_000_000, 0)).isNotNull();
    assertThatThrownBy(() -> Sweeper.random(0, 0)).hasMessage("a random sweep has from 1 to a million trials, not 0");
    assertThatThrownBy(() -> Sweeper.random(1_000_001, 0)).hasMessageContaining("not 1000001");
  }
}

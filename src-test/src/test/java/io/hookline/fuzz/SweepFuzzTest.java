package io.hookline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.InputException;
import io.hookline.sweep.internal.Sweep;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing the sweep grammar: any argument gives jobs or a one-line {@link InputException}. */
class SweepFuzzTest {

  @Provide
  Arbitrary<List<String>> arguments() {
    Arbitrary<String> piece = Arbitraries.of("a", "b", "=", ",", "1", "-2", "0.5", "range(", "choice(", ")", "(", "[",
        "]", "{", "}", "'", "\"", " ", "::", "+", "~", "e9", "x");
    return piece.list().ofMaxSize(10).map(parts -> String.join("", parts)).list().ofMaxSize(3);
  }

  @Property
  void anySweepGivesJobsOrAOneLineError(@ForAll("arguments") List<String> arguments) {
    try {
      Sweep sweep = Sweep.of(arguments);
      assertThat(sweep.size()).isPositive();
      assertThat(sweep.jobs()).allSatisfy(job -> assertThat(job).hasSize(sweep.jobs().get(0).size()));
    } catch (InputException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }
  }
}

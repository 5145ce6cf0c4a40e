package io.hookline.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import io.hookline.sweep.internal.Sweep;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Hydra's basic sweeper cases (test_split and the observed expansion rules), in our grammar. */
class SweepTest {

  private static List<List<String>> jobs(String... arguments) {
    return Sweep.of(List.of(arguments)).jobs();
  }

  @Test
  void aPlainOverrideIsOneJob() {
    assertThat(jobs("x=10")).containsExactly(List.of("x=10"));
  }

  @Test
  void commasSweep() {
    assertThat(jobs("x=10,20")).containsExactly(List.of("x=10"), List.of("x=20"));
  }

  @Test
  void aListIsNotASweepButListsCanBeSwept() {
    assertThat(jobs("x=[10,20]")).containsExactly(List.of("x=[10,20]"));
    assertThat(jobs("x=[a,b,c],[d,e,f]")).containsExactly(List.of("x=[a,b,c]"), List.of("x=[d,e,f]"));
  }

  @Test
  void quotedCommasDoNotSplit() {
    assertThat(jobs("x='a,b',c")).containsExactly(List.of("x='a,b'"), List.of("x=c"));
  }

  @Test
  void theLastKeyVariesFastest() {
    assertThat(jobs("a=1,2", "b=10,11")).containsExactly(
        List.of("a=1", "b=10"), List.of("a=1", "b=11"), List.of("a=2", "b=10"), List.of("a=2", "b=11"));
    assertThat(jobs("a=1,2", "b=x", "c=10,20")).containsExactly(
        List.of("a=1", "b=x", "c=10"), List.of("a=1", "b=x", "c=20"),
        List.of("a=2", "b=x", "c=10"), List.of("a=2", "b=x", "c=20"));
  }

  @Test
  void aRepeatedKeyKeepsItsFirstPlaceAndItsLastValues() {
    assertThat(jobs("b=5,6", "a=1,2", "b=7")).containsExactly(List.of("b=7", "a=1"), List.of("b=7", "a=2"));
  }

  @Test
  void rangesFollowPythonWithDecimalsAllowed() {
    assertThat(jobs("a=range(0,3)")).isEqualTo(jobs("a=range(3)"))
        .containsExactly(List.of("a=0"), List.of("a=1"), List.of("a=2"));
    assertThat(jobs("a=range(0, 1, 0.25)"))
        .containsExactly(List.of("a=0.0"), List.of("a=0.25"), List.of("a=0.5"), List.of("a=0.75"));
    assertThat(jobs("a=range(5,0,-2)")).containsExactly(List.of("a=5"), List.of("a=3"), List.of("a=1"));
  }

  @Test
  void choiceListsValues() {
    assertThat(jobs("opt=choice(adam, sgd)")).containsExactly(List.of("opt=adam"), List.of("opt=sgd"));
  }

  @Test
  void keysKeepTheirPrefixes() {
    assertThat(jobs("train::lr=0.1,0.01", "+extra=1,2", "~gone")).containsExactly(
        List.of("train::lr=0.1", "+extra=1", "~gone"), List.of("train::lr=0.1", "+extra=2", "~gone"),
        List.of("train::lr=0.01", "+extra=1", "~gone"), List.of("train::lr=0.01", "+extra=2", "~gone"));
  }

  @Test
  void malformedSweepsAreOneLineErrors() {
    assertThatThrownBy(() -> jobs("a=range(1,x)")).isInstanceOf(InputException.class)
        .hasMessage("sweep 'a=range(1,x)': range needs numbers, got 'x'");
    assertThatThrownBy(() -> jobs("a=range(0,5,0)")).hasMessage("sweep 'a=range(0,5,0)': range's step must not be 0");
    assertThatThrownBy(() -> jobs("a=range(5,0)")).hasMessage("sweep 'a=range(5,0)': range is empty");
    assertThatThrownBy(() -> jobs("a=1,,2")).hasMessage("sweep 'a=1,,2': an empty value between commas");
    assertThatThrownBy(() -> jobs("a=[1,2")).hasMessage("sweep 'a=[1,2': unclosed bracket");
    assertThatThrownBy(() -> jobs("a='x,y")).hasMessage("sweep 'a='x,y': unclosed quote");
    assertThatThrownBy(() -> jobs("a=range(0,2000000)")).hasMessageContaining("more than 1000000");
  }

  @Property
  void theJobCountIsTheProductOfTheValueCounts(
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 4) Integer> counts) {
    String[] arguments = new String[counts.size()];
    int expected = 1;
    for (int k = 0; k < counts.size(); k++) {
      StringBuilder values = new StringBuilder();
      for (int v = 0; v < counts.get(k); v++) {
        values.append(v == 0 ? "" : ",").append(v);
      }
      arguments[k] = "k" + k + "=" + values;
      expected *= counts.get(k);
    }
    List<List<String>> jobs = jobs(arguments);
    assertThat(jobs).hasSize(expected).doesNotHaveDuplicates();
    assertThat(jobs).allSatisfy(job -> assertThat(job).hasSize(counts.size()));
  }
}

package io.hookline.pipeline;

import static io.hookline.testkit.Tracing.after;
import static io.hookline.testkit.Tracing.before;
import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.testkit.PipelineArbitraries;
import io.hookline.testkit.Trace;
import io.hookline.testkit.Tracing;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of {@link Pipeline}, as stated in its javadoc, checked on generated pipelines. "Equivalent" means equal
 * and producing the same trace.
 */
class PipelineLawsTest {

  @Provide
  Arbitrary<Pipeline<Trace>> a() {
    return PipelineArbitraries.pipelines("a");
  }

  @Provide
  Arbitrary<Pipeline<Trace>> b() {
    return PipelineArbitraries.pipelines("b");
  }

  @Provide
  Arbitrary<Pipeline<Trace>> c() {
    return PipelineArbitraries.pipelines("c");
  }

  @Property
  void emptyIsALeftIdentity(@ForAll("a") Pipeline<Trace> p) {
    assertEquivalent(Pipeline.<Trace>empty().andThen(p), p);
  }

  @Property
  void emptyIsARightIdentity(@ForAll("a") Pipeline<Trace> p) {
    assertEquivalent(p.andThen(Pipeline.empty()), p);
  }

  @Property
  void andThenIsAssociative(
      @ForAll("a") Pipeline<Trace> a, @ForAll("b") Pipeline<Trace> b, @ForAll("c") Pipeline<Trace> c) {
    assertEquivalent(a.andThen(b).andThen(c), a.andThen(b.andThen(c)));
  }

  @Property
  void andThenRunsTheFirstPipelineThenTheSecond(@ForAll("a") Pipeline<Trace> a, @ForAll("b") Pipeline<Trace> b) {
    List<String> expected = new ArrayList<>(trace(a));
    expected.addAll(trace(b));
    assertThat(trace(a.andThen(b))).containsExactlyElementsOf(expected);
    assertThat(a.andThen(b).keys()).containsExactlyElementsOf(concat(a.keys(), b.keys()));
  }

  @Property
  void theNewestAroundIsTheOutermost(@ForAll("a") Pipeline<Trace> p) {
    List<String> expected = new ArrayList<>(List.of(before("y"), before("x")));
    expected.addAll(trace(p));
    expected.addAll(List.of(after("x"), after("y")));

    Pipeline<Trace> wrapped = p.around(Tracing.around("x")).around(Tracing.around("y"));

    assertThat(trace(wrapped)).containsExactlyElementsOf(expected);
  }

  @Property
  void anAroundWrapsOnlyWhatCameBeforeIt(@ForAll("a") Pipeline<Trace> p, @ForAll("b") Pipeline<Trace> q) {
    List<String> expected = new ArrayList<>(List.of(before("x")));
    expected.addAll(trace(p));
    expected.add(after("x"));
    expected.addAll(trace(q));

    assertThat(trace(p.around(Tracing.around("x")).andThen(q))).containsExactlyElementsOf(expected);
  }

  @Property
  void forgettingANewlyAddedHookGivesBackThePipeline(@ForAll("a") Pipeline<Trace> p) {
    assertEquivalent(p.andThen("new", Tracing.hook("new")).forget("new"), p);
  }

  @Property
  void forgettingANewlyAddedAroundGivesBackThePipeline(@ForAll("a") Pipeline<Trace> p) {
    assertEquivalent(p.around("new", Tracing.around("new")).forget("new"), p);
  }

  @Property
  void forgettingAnAbsentKeyIsTheIdentity(@ForAll("a") Pipeline<Trace> p) {
    assertThat(p.forget("absent")).isSameAs(p);
  }

  @Property
  void forgettingAStepRemovesExactlyItsEvents(@ForAll("a") Pipeline<Trace> p) {
    for (String key : p.keys()) {
      List<String> expected = new ArrayList<>(trace(p));
      expected.removeAll(List.of(key, before(key), after(key)));

      Pipeline<Trace> forgotten = p.forget(key);

      assertThat(trace(forgotten)).containsExactlyElementsOf(expected);
      assertThat(forgotten.keys()).containsExactlyElementsOf(without(p.keys(), key));
      assertThat(forgotten.size()).isEqualTo(p.size() - 1);
    }
  }

  @Property
  void overrideKeepsThePositionAndEveryOtherStep(@ForAll("a") Pipeline<Trace> p) {
    for (String key : p.keys()) {
      String replacement = key + "'";
      List<String> expected = new ArrayList<>();
      for (String event : trace(p)) {
        expected.add(event.equals(key) ? replacement
            : event.equals(before(key)) ? before(replacement)
            : event.equals(after(key)) ? after(replacement)
            : event);
      }

      Pipeline<Trace> overridden = trace(p).contains(key)
          ? p.override(key, Tracing.hook(replacement))
          : p.override(key, Tracing.around(replacement));

      assertThat(trace(overridden)).containsExactlyElementsOf(expected);
      assertThat(overridden.keys()).containsExactlyElementsOf(p.keys());
      assertThat(overridden.size()).isEqualTo(p.size());
    }
  }

  @Property
  void aPipelineEqualsItselfRebuiltFromTheSameSteps(@ForAll("a") Pipeline<Trace> p) {
    Pipeline<Trace> viaAppend = Pipeline.<Trace>empty().andThen(p).andThen(Pipeline.empty());
    assertThat(viaAppend).isEqualTo(p).hasSameHashCodeAs(p).hasToString(p.toString());
  }

  static List<String> trace(Pipeline<Trace> p) {
    return p.run(Trace.empty()).events();
  }

  private static void assertEquivalent(Pipeline<Trace> actual, Pipeline<Trace> expected) {
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
    assertThat(actual.keys()).isEqualTo(expected.keys());
    assertThat(trace(actual)).isEqualTo(trace(expected));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static List<String> without(List<String> keys, String key) {
    List<String> rest = new ArrayList<>(keys);
    rest.remove(key);
    return rest;
  }
}

package io.hookline.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Command.Target;
import io.hookline.Hooks;
import io.hookline.Invocation;
import io.hookline.Stage;
import io.hookline.testkit.HooksArbitraries;
import io.hookline.testkit.Tracing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The pipeline laws, stage by stage, for the {@link Hooks} table, and the order in which a table runs. */
class HooksLawsTest {

  private static final Invocation START = Invocation.of("cmd", Target.of(Object.class), Path.of(""));

  @Provide
  Arbitrary<Hooks> a() {
    return HooksArbitraries.hooks("a");
  }

  @Provide
  Arbitrary<Hooks> b() {
    return HooksArbitraries.hooks("b");
  }

  @Provide
  Arbitrary<Hooks> c() {
    return HooksArbitraries.hooks("c");
  }

  @Property
  void emptyIsAnIdentity(@ForAll("a") Hooks h) {
    assertEquivalent(Hooks.empty().andThen(h), h);
    assertEquivalent(h.andThen(Hooks.empty()), h);
  }

  @Property
  void andThenIsAssociative(@ForAll("a") Hooks a, @ForAll("b") Hooks b, @ForAll("c") Hooks c) {
    assertEquivalent(a.andThen(b).andThen(c), a.andThen(b.andThen(c)));
  }

  @Property
  void stagesRunInOrderEachAsItsOwnPipeline(@ForAll("a") Hooks h) {
    List<String> expected = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      expected.addAll(Tracing.trace(h.stage(stage).run(START)).events());
    }
    assertThat(trace(h)).containsExactlyElementsOf(expected);
  }

  @Property
  void globalHooksRunBeforeLocalOnesStageByStage(@ForAll("a") Hooks global, @ForAll("b") Hooks local) {
    List<String> expected = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      expected.addAll(Tracing.trace(global.stage(stage).run(START)).events());
      expected.addAll(Tracing.trace(local.stage(stage).run(START)).events());
    }
    assertThat(trace(global.andThen(local))).containsExactlyElementsOf(expected);
  }

  @Property
  void forgettingANewlyRegisteredHookGivesBackTheTable(@ForAll("a") Hooks h) {
    for (Stage stage : Stage.values()) {
      assertEquivalent(h.andThen(stage, "new", Tracing.invocationHook("new")).forget(stage, "new"), h);
    }
  }

  @Property
  void overrideKeepsEveryKeyInPlace(@ForAll("a") Hooks h) {
    for (Stage stage : Stage.values()) {
      for (String key : h.stage(stage).keys()) {
        boolean isAround = h.stage(stage).toString().contains(key + "{");
        Hooks overridden = isAround
            ? h.override(stage, key, Tracing.invocationAround("o"))
            : h.override(stage, key, Tracing.invocationHook("o"));
        for (Stage other : Stage.values()) {
          assertThat(overridden.stage(other).keys()).isEqualTo(h.stage(other).keys());
          if (other != stage) {
            assertThat(overridden.stage(other)).isEqualTo(h.stage(other));
          }
        }
      }
    }
  }

  private static List<String> trace(Hooks hooks) {
    return Tracing.trace(hooks.run(START)).events();
  }

  private static void assertEquivalent(Hooks actual, Hooks expected) {
    assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(trace(actual)).isEqualTo(trace(expected));
  }
}

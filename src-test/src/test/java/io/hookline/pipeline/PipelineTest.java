package io.hookline.pipeline;

import static io.hookline.pipeline.PipelineLawsTest.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.testkit.Trace;
import io.hookline.testkit.Tracing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of {@link Pipeline}'s documented behaviour that the laws do not pin down. */
class PipelineTest {

  private static final Pipeline<Trace> LOAD_VALIDATE = Pipeline.<Trace>empty()
      .andThen("load", Tracing.hook("load"))
      .andThen("validate", Tracing.hook("validate"));

  @Test
  void theEmptyPipelineReturnsItsStateUnchanged() {
    Trace state = Trace.of("start");
    assertThat(Pipeline.<Trace>empty().run(state)).isSameAs(state);
    assertThat(Pipeline.empty().isEmpty()).isTrue();
    assertThat(Pipeline.empty().keys()).isEmpty();
  }

  @Test
  void hooksRunInTheOrderTheyWereAdded() {
    assertThat(trace(LOAD_VALIDATE.andThen(Tracing.hook("save")))).containsExactly("load", "validate", "save");
  }

  @Test
  void theDocumentedExampleRunsInTheDocumentedOrder() {
    Pipeline<Trace> p = Pipeline.<Trace>empty()
        .andThen(Tracing.hook("a")).around(Tracing.around("x")).andThen(Tracing.hook("b")).around(Tracing.around("y"));
    assertThat(trace(p)).containsExactly("y<", "x<", "a", "x>", "b", "y>");
  }

  @Test
  void toStringShowsKeysAndWhatEachAroundWraps() {
    Pipeline<Trace> p = LOAD_VALIDATE.around("timer", Tracing.around("timer")).andThen("save", Tracing.hook("save"))
        .andThen(Tracing.hook("anonymous"));
    assertThat(p).hasToString("Pipeline[timer{load, validate}, save, <hook>#4]");
    assertThat(Pipeline.empty()).hasToString("Pipeline[]");
  }

  @Test
  void keysAreListedInTheOrderTheStepsWereAdded() {
    Pipeline<Trace> p = LOAD_VALIDATE.around("timer", Tracing.around("timer")).andThen("save", Tracing.hook("save"));
    assertThat(p.keys()).containsExactly("load", "validate", "timer", "save");
    assertThat(p.contains("timer")).isTrue();
    assertThat(p.contains("missing")).isFalse();
    assertThat(p.size()).isEqualTo(4);
  }

  @Test
  void keysCannotBeModifiedThroughTheList() {
    assertThatThrownBy(() -> LOAD_VALIDATE.keys().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void addingAnExistingKeyIsAnErrorThatPointsToOverride() {
    assertThatThrownBy(() -> LOAD_VALIDATE.andThen("load", Tracing.hook("again")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step 'load' is already in the pipeline; override it to replace it in place, or forget it first");
  }

  @Test
  void appendingPipelinesThatShareAKeyIsAnError() {
    Pipeline<Trace> other = Pipeline.<Trace>empty().andThen("validate", Tracing.hook("v2"));
    assertThatThrownBy(() -> LOAD_VALIDATE.andThen(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'validate' is already in the pipeline");
  }

  @Test
  void blankKeysAreRejected() {
    assertThatThrownBy(() -> LOAD_VALIDATE.andThen(" ", Tracing.hook("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a step's key must not be blank");
  }

  @Test
  void overridingAnAbsentKeyNamesTheKeysThereAre() {
    assertThatThrownBy(() -> LOAD_VALIDATE.override("lod", Tracing.hook("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no step 'lod' to override; the pipeline's keys are [load, validate]");
  }

  @Test
  void aHookIsOverriddenWithAHookAndAnAroundWithAnAround() {
    Pipeline<Trace> p = LOAD_VALIDATE.around("timer", Tracing.around("timer"));
    assertThatThrownBy(() -> p.override("timer", Tracing.hook("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step 'timer' is an around; override it with an Around");
    assertThatThrownBy(() -> p.override("load", Tracing.around("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step 'load' is a hook; override it with a Hook");
  }

  @Test
  void anOverriddenAroundWrapsTheSameSteps() {
    Pipeline<Trace> p = LOAD_VALIDATE.around("timer", Tracing.around("timer")).andThen("save", Tracing.hook("save"));
    assertThat(trace(p.override("timer", Tracing.around("clock"))))
        .containsExactly("clock<", "load", "validate", "clock>", "save");
  }

  @Test
  void forgettingAnAroundKeepsTheStepsItWrapped() {
    Pipeline<Trace> p = LOAD_VALIDATE.around("timer", Tracing.around("timer")).andThen("save", Tracing.hook("save"));
    assertThat(trace(p.forget("timer"))).containsExactly("load", "validate", "save");
    Pipeline<Trace> saveOnly = p.forget("timer").forget("load").forget("validate");
    assertThat(p.forget("timer")).isEqualTo(LOAD_VALIDATE.andThen(saveOnly));
  }

  @Test
  void aForgottenKeyCanBeAddedAgain() {
    Pipeline<Trace> p = LOAD_VALIDATE.forget("load").andThen("load", Tracing.hook("reload"));
    assertThat(trace(p)).containsExactly("validate", "reload");
  }

  @Test
  void anAroundMayShortCircuit() {
    Pipeline<Trace> p = LOAD_VALIDATE.around("cache", (state, next) -> state.with("cached"));
    assertThat(trace(p)).containsExactly("cached");
  }

  @Test
  void anAroundMayCallTheWrappedStepsMoreThanOnce() {
    Pipeline<Trace> p = LOAD_VALIDATE.around("twice", (state, next) -> next.invoke(next.invoke(state)));
    assertThat(trace(p)).containsExactly("load", "validate", "load", "validate");
  }

  @Test
  void anAroundRetriesAFailingStep() {
    int[] attempts = {0};
    Pipeline<Trace> p = Pipeline.<Trace>empty()
        .andThen("flaky", state -> {
          if (++attempts[0] < 3) {
            throw new IllegalStateException("attempt " + attempts[0]);
          }
          return state.with("done");
        })
        .around("retry", (state, next) -> {
          for (int i = 1; ; i++) {
            Trace attempt = state.with("try " + i);
            try {
              return next.invoke(attempt);
            } catch (IllegalStateException e) {
              state = attempt.with("failed: " + e.getMessage());
            }
          }
        });
    assertThat(trace(p)).containsExactly("try 1", "failed: attempt 1", "try 2", "failed: attempt 2", "try 3", "done");
  }

  @Test
  void aCheckedExceptionReachesTheCallerUnchanged() {
    IOException thrown = new IOException("disk gone");
    Pipeline<Trace> p = LOAD_VALIDATE.andThen("write", state -> {
      throw thrown;
    });
    assertThatThrownBy(() -> p.run(Trace.empty())).isSameAs(thrown).hasNoCause();
  }

  @Test
  void anErrorFromInsideNestedAroundsReachesTheCallerUnchanged() {
    StackOverflowError thrown = new StackOverflowError("user recursion");
    Pipeline<Trace> p = Pipeline.<Trace>empty()
        .andThen("deep", state -> {
          throw thrown;
        })
        .around(Tracing.around("x"))
        .around(Tracing.around("y"));
    assertThatThrownBy(() -> p.run(Trace.empty())).isSameAs(thrown);
  }

  @Test
  void aNullResultStopsTheRunAndNamesTheStep() {
    Pipeline<Trace> p = LOAD_VALIDATE.andThen("broken", state -> null).andThen("after", Tracing.hook("after"));
    assertThatThrownBy(() -> p.run(Trace.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("broken returned null; a hook or around must return a state");
  }

  @Test
  void aNullResultFromAnUnnamedAroundNamesItsPosition() {
    Pipeline<Trace> p = LOAD_VALIDATE.around((state, next) -> null);
    assertThatThrownBy(() -> p.run(Trace.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("<around>#2 returned null; a hook or around must return a state");
  }

  @Test
  void compactionKeepsAnAppendedAroundOnTheStepsItWrapped() {
    Pipeline<Trace> head = Pipeline.empty();
    for (int i = 0; i < 100; i++) {
      head = head.andThen("h" + i, Tracing.hook("h" + i));
    }
    Pipeline<Trace> tail = Pipeline.<Trace>empty().andThen("x", Tracing.hook("x")).around("t", Tracing.around("t"));
    Pipeline<Trace> p = head.andThen(tail);
    for (int i = 0; i < 99; i++) {
      p = p.forget("h" + i);
    }
    assertThat(trace(p)).containsExactly("h99", "t<", "x", "t>");
    assertThat(p).hasToString("Pipeline[h99, t{x}]");
  }

  @Test
  void manyForgetsCompactTheTableWithoutChangingWhatRuns() {
    Pipeline<Trace> p = Pipeline.empty();
    for (int i = 0; i < 300; i++) {
      p = p.andThen("h" + i, Tracing.hook("h" + i));
      if (i % 50 == 49) {
        p = p.around("a" + i, Tracing.around("a" + i));
      }
    }
    List<String> expected = new ArrayList<>(trace(p));
    for (int i = 0; i < 300; i += 3) {
      p = p.forget("h" + i);
      expected.remove("h" + i);
      assertThat(trace(p)).containsExactlyElementsOf(expected);
    }
    for (int i = 49; i < 300; i += 100) {
      p = p.forget("a" + i);
      expected.removeAll(List.of("a" + i + "<", "a" + i + ">"));
    }
    assertThat(trace(p)).containsExactlyElementsOf(expected);
    assertThat(p.size()).isEqualTo(200 + 3);
    List<String> expectedKeys = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      if (i % 3 != 0) {
        expectedKeys.add("h" + i);
      }
      if (i % 100 == 99) {
        expectedKeys.add("a" + i);
      }
    }
    assertThat(p.keys()).containsExactlyElementsOf(expectedKeys);
  }

  @Test
  void aPipelineEqualsOnlyOneWithTheSameStepsAndIsEmptyOnlyWithoutSteps() {
    Pipeline<Trace> one = Pipeline.<Trace>empty().andThen("a", Tracing.hook("a"));

    assertThat(Pipeline.<Trace>empty().isEmpty()).isTrue();
    assertThat(one.isEmpty()).isFalse();
    assertThat(one).isEqualTo(one).isNotEqualTo(Pipeline.<Trace>empty())
        .isNotEqualTo(Pipeline.<Trace>empty().andThen("b", Tracing.hook("b"))).isNotEqualTo("a");
  }
}

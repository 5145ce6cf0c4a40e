package io.hookline.pipeline;

import static io.hookline.pipeline.PipelineLawsTest.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.testkit.Trace;
import io.hookline.testkit.Tracing;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.jspecify.annotations.Nullable;

/**
 * Stateful test: random sequences of registrations, duplicate registrations, forgets, overrides, arounds and appends
 * applied both to a {@link Pipeline} and to a plain model, a list of steps in which an around holds the list it wraps.
 * After every step the two must agree on keys, size and the trace of a run.
 */
class PipelineModelTest {

  @Property
  void pipelineAgreesWithTheModelAfterEveryStep(@ForAll("chains") ActionChain<State> chain) {
    chain.withInvariant("pipeline agrees with model", State::assertAgreement).run();
  }

  @Provide
  Arbitrary<ActionChain<State>> chains() {
    return ActionChain.startWith(State::initial)
        .withAction(new AddHook())
        .withAction(new AddAround())
        .withAction(new AppendPipeline())
        .withAction(new AddDuplicate())
        .withAction(new ForgetKey())
        .withAction(new ForgetAbsent())
        .withAction(new OverrideKey())
        .withMaxTransformations(40);
  }

  /** A model step: a hook, or an around holding the steps it wraps. Keys are tags, or null for unnamed steps. */
  record ModelStep(@Nullable String key, String tag, @Nullable List<ModelStep> wrapped) {

    void trace(List<String> out) {
      if (wrapped == null) {
        out.add(tag);
        return;
      }
      out.add(Tracing.before(tag));
      wrapped.forEach(step -> step.trace(out));
      out.add(Tracing.after(tag));
    }

    /** Keys in registration order: an around was registered after the steps it wraps. */
    void keys(List<String> out) {
      if (wrapped != null) {
        wrapped.forEach(step -> step.keys(out));
      }
      if (key != null) {
        out.add(key);
      }
    }

    int size() {
      return 1 + (wrapped == null ? 0 : wrapped.stream().mapToInt(ModelStep::size).sum());
    }
  }

  /** The pipeline under test, the model, and a counter for fresh tags. */
  record State(Pipeline<Trace> pipeline, List<ModelStep> model, int nextTag) {

    static State initial() {
      return new State(Pipeline.empty(), List.of(), 0);
    }

    String freshTag() {
      return "s" + nextTag;
    }

    List<String> modelKeys() {
      List<String> keys = new ArrayList<>();
      model.forEach(step -> step.keys(keys));
      return keys;
    }

    void assertAgreement() {
      List<String> expectedTrace = new ArrayList<>();
      model.forEach(step -> step.trace(expectedTrace));
      assertThat(pipeline.keys()).containsExactlyElementsOf(modelKeys());
      assertThat(pipeline.size()).isEqualTo(model.stream().mapToInt(ModelStep::size).sum());
      assertThat(trace(pipeline)).containsExactlyElementsOf(expectedTrace);
    }
  }

  static class AddHook implements Action.Independent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer() {
      return Arbitraries.of(true, false).map(keyed -> Transformer.transform(
          keyed ? "add keyed hook" : "add hook",
          state -> {
            String tag = state.freshTag();
            Pipeline<Trace> next = keyed
                ? state.pipeline().andThen(tag, Tracing.hook(tag))
                : state.pipeline().andThen(Tracing.hook(tag));
            return new State(next, append(state.model(), new ModelStep(keyed ? tag : null, tag, null)),
                state.nextTag() + 1);
          }));
    }
  }

  static class AddAround implements Action.Independent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer() {
      return Arbitraries.of(true, false).map(keyed -> Transformer.transform(
          keyed ? "wrap in keyed around" : "wrap in around",
          state -> {
            String tag = state.freshTag();
            Pipeline<Trace> next = keyed
                ? state.pipeline().around(tag, Tracing.around(tag))
                : state.pipeline().around(Tracing.around(tag));
            return new State(next, List.of(new ModelStep(keyed ? tag : null, tag, state.model())),
                state.nextTag() + 1);
          }));
    }
  }

  /** Appends a small pipeline built the same way: one keyed hook wrapped in one keyed around. */
  static class AppendPipeline implements Action.Independent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer() {
      return Arbitraries.just(Transformer.transform("append a wrapped pipeline", state -> {
        String hook = state.freshTag();
        String around = "s" + (state.nextTag() + 1);
        Pipeline<Trace> tail = Pipeline.<Trace>empty().andThen(hook, Tracing.hook(hook))
            .around(around, Tracing.around(around));
        ModelStep modelTail = new ModelStep(around, around, List.of(new ModelStep(hook, hook, null)));
        return new State(state.pipeline().andThen(tail), append(state.model(), modelTail), state.nextTag() + 2);
      }));
    }
  }

  static class AddDuplicate implements Action.Dependent<State> {
    @Override
    public boolean precondition(State state) {
      return !state.pipeline().keys().isEmpty();
    }

    @Override
    public Arbitrary<Transformer<State>> transformer(State state) {
      return Arbitraries.of(state.pipeline().keys()).map(key -> Transformer.transform(
          "add duplicate " + key,
          s -> {
            assertThatThrownBy(() -> s.pipeline().andThen(key, Tracing.hook("dup")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + key + "' is already in the pipeline");
            assertThatThrownBy(() -> s.pipeline().around(key, Tracing.around("dup")))
                .isInstanceOf(IllegalArgumentException.class);
            return s;
          }));
    }
  }

  static class ForgetKey implements Action.Dependent<State> {
    @Override
    public boolean precondition(State state) {
      return !state.pipeline().keys().isEmpty();
    }

    @Override
    public Arbitrary<Transformer<State>> transformer(State state) {
      return Arbitraries.of(state.pipeline().keys()).map(key -> Transformer.transform(
          "forget " + key,
          s -> new State(s.pipeline().forget(key), forget(s.model(), key), s.nextTag())));
    }
  }

  static class ForgetAbsent implements Action.Independent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer() {
      return Arbitraries.just(Transformer.transform("forget an absent key", state -> {
        assertThat(state.pipeline().forget("absent")).isSameAs(state.pipeline());
        return state;
      }));
    }
  }

  static class OverrideKey implements Action.Dependent<State> {
    @Override
    public boolean precondition(State state) {
      return !state.pipeline().keys().isEmpty();
    }

    @Override
    public Arbitrary<Transformer<State>> transformer(State state) {
      return Arbitraries.of(state.pipeline().keys()).map(key -> Transformer.transform(
          "override " + key,
          s -> {
            String tag = s.freshTag();
            boolean isAround = isAround(s.model(), key);
            Pipeline<Trace> next = isAround
                ? s.pipeline().override(key, Tracing.around(tag))
                : s.pipeline().override(key, Tracing.hook(tag));
            return new State(next, override(s.model(), key, tag), s.nextTag() + 1);
          }));
    }
  }

  private static boolean isAround(List<ModelStep> model, String key) {
    for (ModelStep step : model) {
      if (key.equals(step.key())) {
        return step.wrapped() != null;
      }
      if (step.wrapped() != null && isAround(step.wrapped(), key)) {
        return true;
      }
    }
    return false;
  }

  private static List<ModelStep> append(List<ModelStep> model, ModelStep step) {
    List<ModelStep> next = new ArrayList<>(model);
    next.add(step);
    return List.copyOf(next);
  }

  /** Removes the step with {@code key}; a forgotten around leaves the steps it wrapped in its place. */
  private static List<ModelStep> forget(List<ModelStep> model, String key) {
    List<ModelStep> next = new ArrayList<>();
    for (ModelStep step : model) {
      List<ModelStep> wrapped = step.wrapped() == null ? null : forget(step.wrapped(), key);
      if (key.equals(step.key())) {
        if (wrapped != null) {
          next.addAll(wrapped);
        }
      } else {
        next.add(new ModelStep(step.key(), step.tag(), wrapped));
      }
    }
    return List.copyOf(next);
  }

  private static List<ModelStep> override(List<ModelStep> model, String key, String tag) {
    List<ModelStep> next = new ArrayList<>();
    for (ModelStep step : model) {
      List<ModelStep> wrapped = step.wrapped() == null ? null : override(step.wrapped(), key, tag);
      next.add(new ModelStep(step.key(), key.equals(step.key()) ? tag : step.tag(), wrapped));
    }
    return List.copyOf(next);
  }
}

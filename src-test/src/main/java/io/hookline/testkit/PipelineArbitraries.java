package io.hookline.testkit;

import io.hookline.pipeline.Pipeline;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for pipelines of {@link Tracing tracing} steps: hooks and arounds, keyed or not, and pipelines
 * appended to pipelines, so that arounds nest at every depth.
 *
 * <p>Contract: every step of a generated pipeline has a tag that is unique within it and starts with the prefix the
 * arbitrary was asked for; a keyed step's key is its tag. Pipelines generated under different prefixes therefore
 * never share a key, and can be appended to one another. Generated pipelines shrink towards fewer and simpler steps,
 * and show their structure when a property fails.
 */
public final class PipelineArbitraries {

  private static final int MAX_STEPS = 8;
  private static final int MAX_NESTING = 2;

  private PipelineArbitraries() {}

  /** Returns pipelines whose tags and keys start with {@code prefix}. */
  public static Arbitrary<Pipeline<Trace>> pipelines(String prefix) {
    return recipes(MAX_NESTING).map(recipe -> build(recipe, prefix, new int[] {0}));
  }

  /** Returns tags for single steps that start with {@code prefix}. */
  public static Arbitrary<String> tags(String prefix) {
    return Arbitraries.integers().between(0, 99).map(n -> prefix + n);
  }

  private static Arbitrary<List<Op>> recipes(int nesting) {
    Arbitrary<Op> single = Arbitraries.of(Op.Kind.HOOK, Op.Kind.AROUND).flatMap(kind ->
        Arbitraries.of(true, false).map(keyed -> new Op(kind, keyed, List.of())));
    Arbitrary<Op> op = nesting == 0
        ? single
        : Arbitraries.frequencyOf(
            Tuple.of(5, single),
            Tuple.of(1, recipes(nesting - 1).map(steps -> new Op(Op.Kind.APPEND, false, steps))));
    return op.list().ofMaxSize(MAX_STEPS);
  }

  private static Pipeline<Trace> build(List<Op> recipe, String prefix, int[] counter) {
    Pipeline<Trace> pipeline = Pipeline.empty();
    for (Op op : recipe) {
      String tag = prefix + counter[0]++;
      pipeline = switch (op.kind()) {
        case HOOK -> op.keyed() ? pipeline.andThen(tag, Tracing.hook(tag)) : pipeline.andThen(Tracing.hook(tag));
        case AROUND -> op.keyed() ? pipeline.around(tag, Tracing.around(tag)) : pipeline.around(Tracing.around(tag));
        case APPEND -> pipeline.andThen(build(op.steps(), prefix, counter));
      };
    }
    return pipeline;
  }

  /** One step of a recipe for a pipeline. */
  private record Op(Kind kind, boolean keyed, List<Op> steps) {
    enum Kind { HOOK, AROUND, APPEND }
  }
}

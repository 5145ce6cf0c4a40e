package io.hookline.benchmarks;

import io.hookline.pipeline.Hook;
import io.hookline.pipeline.Pipeline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of {@link Pipeline#run} against the same hooks called from a hand-written loop over a plain array.
 *
 * <p>Both sides run the same hook instances, of four different classes so that the call sites are megamorphic, as
 * in a real pipeline. The ratio {@code pipeline / handWrittenLoop} is the price of the algebra.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineRunBenchmark {

  @Param({"10", "100", "1000", "100000"})
  public int hooks;

  private Hook<Tally>[] array;
  private Pipeline<Tally> pipeline;
  private Tally start;

  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void build() {
    array = (Hook<Tally>[]) new Hook<?>[hooks];
    Pipeline<Tally> p = Pipeline.empty();
    for (int i = 0; i < hooks; i++) {
      array[i] = Tally.hook(i);
      p = p.andThen("hook" + i, array[i]);
    }
    pipeline = p;
    start = new Tally(0, 0);
  }

  @Benchmark
  public Tally pipeline() {
    return pipeline.run(start);
  }

  @Benchmark
  public Tally handWrittenLoop() throws Exception {
    Tally state = start;
    for (Hook<Tally> hook : array) {
      state = hook.invoke(state);
    }
    return state;
  }
}

package io.hookline.benchmarks;

import io.hookline.pipeline.Around;
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
 * Nested arounds: a pipeline of one hook wrapped {@code depth} times, against the same arounds nested by hand, each
 * calling the next directly. Above 512 levels the pipeline runs on a helper thread with a stack sized for the depth,
 * so the deepest case includes starting that thread; the hand-written nest runs on a thread with a large stack too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xss64m")
public class NestedAroundBenchmark {

  @Param({"10", "1000", "10000"})
  public int depth;

  private Pipeline<Tally> pipeline;
  private Hook<Tally> handNested;
  private Tally start;

  @Setup(Level.Trial)
  public void build() {
    Hook<Tally> core = Tally.hook(1);
    Pipeline<Tally> p = Pipeline.<Tally>empty().andThen(core);
    Hook<Tally> nested = core;
    for (int i = 0; i < depth; i++) {
      Around<Tally> around = around(i);
      p = p.around(around);
      Hook<Tally> inner = nested;
      nested = state -> around.invoke(state, inner);
    }
    pipeline = p;
    handNested = nested;
    start = new Tally(0, 0);
  }

  @Benchmark
  public Tally pipeline() {
    return pipeline.run(start);
  }

  @Benchmark
  public Tally handNested() throws Exception {
    return handNested.invoke(start);
  }

  private static Around<Tally> around(int i) {
    return (state, next) -> {
      Tally done = next.invoke(new Tally(state.sum() + i, state.steps()));
      return new Tally(done.sum() ^ i, done.steps() + 1);
    };
  }
}

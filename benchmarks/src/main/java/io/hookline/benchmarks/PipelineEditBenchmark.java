package io.hookline.benchmarks;

import io.hookline.pipeline.Hook;
import io.hookline.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
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
 * Registering, forgetting and overriding one hook in a pipeline of {@code hooks} keyed hooks, each giving a new
 * immutable pipeline, against the same edits to an immutable list done by copying (the simple way to get an
 * immutable list in plain Java). The pipeline's cost should not grow with its size; the copy's grows linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineEditBenchmark {

  @Param({"10", "1000", "100000"})
  public int hooks;

  private Pipeline<Tally> pipeline;
  private List<Keyed> list;
  private String middle;
  private final Hook<Tally> replacement = Tally.hook(7);

  /** A hook and its key, as the copying baseline stores them. */
  record Keyed(String key, Hook<Tally> hook) {}

  @Setup(Level.Trial)
  public void build() {
    Pipeline<Tally> p = Pipeline.empty();
    List<Keyed> l = new ArrayList<>();
    for (int i = 0; i < hooks; i++) {
      p = p.andThen("hook" + i, Tally.hook(i));
      l.add(new Keyed("hook" + i, Tally.hook(i)));
    }
    pipeline = p;
    list = List.copyOf(l);
    middle = "hook" + hooks / 2;
  }

  @Benchmark
  public Pipeline<Tally> registerPipeline() {
    return pipeline.andThen("new", replacement);
  }

  @Benchmark
  public List<Keyed> registerCopy() {
    List<Keyed> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(new Keyed("new", replacement));
    return List.copyOf(copy);
  }

  @Benchmark
  public Pipeline<Tally> forgetPipeline() {
    return pipeline.forget(middle);
  }

  @Benchmark
  public List<Keyed> forgetCopy() {
    List<Keyed> copy = new ArrayList<>(list);
    copy.removeIf(keyed -> keyed.key().equals(middle));
    return List.copyOf(copy);
  }

  @Benchmark
  public Pipeline<Tally> overridePipeline() {
    return pipeline.override(middle, replacement);
  }

  @Benchmark
  public List<Keyed> overrideCopy() {
    List<Keyed> copy = new ArrayList<>(list);
    copy.replaceAll(keyed -> keyed.key().equals(middle) ? new Keyed(middle, replacement) : keyed);
    return List.copyOf(copy);
  }
}

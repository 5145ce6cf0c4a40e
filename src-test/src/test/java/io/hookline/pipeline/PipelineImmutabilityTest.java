package io.hookline.pipeline;

import static io.hookline.pipeline.PipelineLawsTest.trace;
import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.testkit.PipelineArbitraries;
import io.hookline.testkit.Trace;
import io.hookline.testkit.Tracing;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Immutability: no operation changes the pipeline it was called on, whether called from one thread or from many. */
class PipelineImmutabilityTest {

  private static final int THREADS = 8;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);

  @AfterContainer
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Provide
  Arbitrary<Pipeline<Trace>> pipelines() {
    return PipelineArbitraries.pipelines("p");
  }

  @Property
  void noOperationChangesItsReceiver(@ForAll("pipelines") Pipeline<Trace> p) {
    Snapshot before = Snapshot.of(p);

    for (Function<Pipeline<Trace>, Object> operation : operationsOn(p)) {
      operation.apply(p);
      assertThat(Snapshot.of(p)).isEqualTo(before);
    }
  }

  @Property
  void concurrentOperationsAgreeWithSequentialOnesAndChangeNothing(@ForAll("pipelines") Pipeline<Trace> p)
      throws Exception {
    List<Function<Pipeline<Trace>, Object>> operations = operationsOn(p);
    List<Object> expected = new ArrayList<>();
    for (Function<Pipeline<Trace>, Object> operation : operations) {
      expected.add(operation.apply(p));
    }
    // A fresh value, equal to p, whose plan is not compiled yet: the threads race to compile and run it.
    Pipeline<Trace> shared = p.andThen("fresh", Tracing.hook("fresh")).forget("fresh");
    Snapshot before = Snapshot.of(p);

    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Object>>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      results.add(POOL.submit(() -> {
        start.await();
        List<Object> seen = new ArrayList<>();
        for (Function<Pipeline<Trace>, Object> operation : operations) {
          seen.add(operation.apply(shared));
        }
        return seen;
      }));
    }
    start.countDown();

    for (Future<List<Object>> result : results) {
      assertThat(result.get()).isEqualTo(expected);
    }
    assertThat(Snapshot.of(shared)).isEqualTo(before);
  }

  /** Every operation, each reduced to an observable result: the trace and keys of the pipeline it returns. */
  private static List<Function<Pipeline<Trace>, Object>> operationsOn(Pipeline<Trace> p) {
    List<Function<Pipeline<Trace>, Object>> operations = new ArrayList<>();
    operations.add(q -> observe(q));
    operations.add(q -> observe(q.andThen(Tracing.hook("h"))));
    operations.add(q -> observe(q.andThen("k", Tracing.hook("k"))));
    operations.add(q -> observe(q.around(Tracing.around("x"))));
    operations.add(q -> observe(q.around("y", Tracing.around("y"))));
    operations.add(q -> observe(q.andThen(Pipeline.<Trace>empty().andThen("z", Tracing.hook("z")))));
    operations.add(q -> observe(q.forget("absent")));
    for (String key : p.keys()) {
      operations.add(q -> observe(q.forget(key)));
      operations.add(q -> observe(trace(q).contains(key)
          ? q.override(key, Tracing.hook("o"))
          : q.override(key, Tracing.around("o"))));
    }
    return operations;
  }

  private static Object observe(Pipeline<Trace> q) {
    return List.of(q.size(), q.keys(), q.toString(), trace(q));
  }

  /** What can be seen of a pipeline from outside. */
  private record Snapshot(int size, List<String> keys, String shown, List<String> events, int hash) {
    static Snapshot of(Pipeline<Trace> p) {
      return new Snapshot(p.size(), List.copyOf(p.keys()), p.toString(), trace(p), p.hashCode());
    }
  }
}

package io.hookline.testkit;

import io.hookline.Configs;
import io.hookline.Failure;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.RunContext;
import io.hookline.launch.Launcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.jspecify.annotations.Nullable;

/**
 * The contract every {@link Callback} should keep, as a suite to extend: a callback's test class extends it and
 * supplies a fresh callback with {@link #callback}.
 *
 * <p>What it checks: the callback keeps the ordering laws in real multiruns and single runs, on one thread and on
 * several ({@link CallbackLaws}); it takes every event with any return a job can have (completed with a value JSON
 * cannot hold plainly, failed with each {@link Failure.Kind} and with an {@link Error}, interrupted, with and without
 * an output directory) without throwing; and it takes events from several threads at once. Hookline turns what a
 * callback throws into a warning, so a callback that throws loses only its own work, but that loss is what this
 * contract catches.
 */
public abstract class CallbackContract {

  private static final Path OUTPUTS = temporaryFolder();

  /** Returns a new instance of the callback under test. */
  protected abstract Callback callback();

  @AfterContainer
  static void removeTheOutputs() throws IOException {
    try (Stream<Path> files = Files.walk(OUTPUTS)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    }
  }

  @Example
  void keepsTheOrderingOnOneThreadAndOnSeveral() {
    CallbackLaws.assertOrdering(List.of(callback()), 4, Launcher.sequential());
    CallbackLaws.assertOrdering(List.of(callback(), callback()), 12, Launcher.parallel(4));
  }

  @Property(tries = 200)
  void takesAnyReturnWithoutThrowing(@ForAll("returns") JobReturn result) {
    Callback callback = callback();
    RunContext run = new RunContext("contract", "job", result.overrides(), 1, result.outputDir());
    JobContext job = new JobContext("contract", "job", Configs.empty(), result.overrides(), result.number(),
        result.id(), result.outputDir());
    String on = " on " + result.status() + " " + result.failure() + " with value " + describe(result.value());
    survive(() -> callback.onMultirunStart(run), "onMultirunStart" + on);
    survive(() -> callback.onRunStart(run), "onRunStart" + on);
    survive(() -> callback.onJobStart(job), "onJobStart" + on);
    survive(() -> callback.onJobEnd(job, result), "onJobEnd" + on);
    survive(() -> callback.onRunEnd(run, result), "onRunEnd" + on);
    survive(() -> callback.onMultirunEnd(run, List.of(result)), "onMultirunEnd" + on);
  }

  @Example
  void takesEventsFromSeveralThreadsAtOnce() throws Exception {
    Callback callback = callback();
    RunContext run = new RunContext("contract", "job", List.of(), 64, OUTPUTS);
    callback.onMultirunStart(run);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> jobs = new ArrayList<>();
    List<JobReturn> results = new ArrayList<>();
    for (int number = 0; number < 64; number++) {
      Path dir = Files.createDirectories(OUTPUTS.resolve("threads-" + number));
      Instant now = Instant.now();
      JobReturn result = new JobReturn(Status.COMPLETED, number, null, List.of("n=" + number), number,
          "threads-" + number, dir, now, now);
      results.add(result);
      JobContext job = new JobContext("contract", "job", Configs.empty(), result.overrides(), number, result.id(), dir);
      jobs.add(pool.submit(() -> {
        callback.onJobStart(job);
        callback.onJobEnd(job, result);
        return null;
      }));
    }
    pool.shutdown();
    if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
      throw new AssertionError("the callback's job events did not end within a minute on 8 threads");
    }
    for (Future<?> job : jobs) {
      job.get();
    }
    callback.onMultirunEnd(run, results);
  }

  @Provide
  Arbitrary<JobReturn> returns() {
    Arbitrary<@Nullable Object> values = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().asGeneric(),
        Arbitraries.strings().ofMaxLength(50).asGeneric(),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, Long.MAX_VALUE).asGeneric(),
        Arbitraries.just(List.of(1, "two", Map.of("three", 3.0))).asGeneric(),
        Arbitraries.just(new Object()).asGeneric(),
        Arbitraries.just(ContractApp.deep(50)).asGeneric());
    Arbitrary<@Nullable Failure> failures = Arbitraries.oneOf(Arbitraries.just(null),
        Combinators.combine(Arbitraries.of(Failure.Kind.class), Arbitraries.of(
            new IllegalStateException("it broke"), new IllegalArgumentException((String) null),
            new OutOfMemoryError("Java heap space"), new StackOverflowError(),
            new RuntimeException("outer", new IOException("inner")))).as(Failure::new));
    Arbitrary<@Nullable Path> dirs = Arbitraries.of(0, 1, 2).map(n -> n == 0 ? null : OUTPUTS.resolve("job-" + n));
    return Combinators.combine(values, failures, Arbitraries.integers().between(0, 1000), dirs)
        .as((value, failure, number, dir) -> {
          Instant end = Instant.now();
          Instant start = end.minus(Duration.ofMillis(number));
          List<String> overrides = List.of("n=" + number);
          return failure == null
              ? new JobReturn(Status.COMPLETED, value, null, overrides, number, "" + number, dir, start, end)
              : JobReturn.failed(failure, overrides, number, "" + number, dir, start, end);
        });
  }

  private static void survive(Runnable event, String what) {
    try {
      event.run();
    } catch (Throwable t) {
      AssertionError failed = new AssertionError("the callback threw in " + what + ": " + t);
      failed.initCause(t);
      throw failed;
    }
  }

  private static String describe(@Nullable Object value) {
    String shown = String.valueOf(value);
    return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("callback-contract");
    } catch (IOException e) {
      throw new IllegalStateException("no temporary folder for the callback contract", e);
    }
  }
}

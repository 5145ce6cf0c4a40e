package io.hookline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.Hooks;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.Stage;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.RunContext;
import io.hookline.launch.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Load: 10,000-job sweeps on the parallel launcher with 1, 2 and 8 threads and random failures lose and duplicate no
 * JobReturn and count every callback event once; and one app invoked from 8 threads at once gives what sequential
 * invocations give.
 */
class LoadTest {

  public record Job(int n) {
    public Job() {
      this(0);
    }
  }

  /** Which jobs fail: a fixed random choice of about one in five, the same on every run. */
  private static final boolean[] FAILS = new boolean[10_000];

  static {
    Random random = new Random(20261122);
    for (int i = 0; i < FAILS.length; i++) {
      FAILS[i] = random.nextInt(5) == 0;
    }
  }

  private static App app() {
    return App.named("load")
        .hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
            DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS))))
        .outputs(OutputDirs.off())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))
        .command(Command.of("job", inv -> {
          int n = inv.config(Job.class).n();
          if (FAILS[n]) {
            throw new IllegalStateException("job " + n + " fails");
          }
          return n * 2;
        }).config(ConfigSpec.of(Job.class)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void tenThousandJobsWithFailuresLoseNothing(int threads) {
    Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    Callback counter = new Callback() {
      private void count(String event) {
        counts.computeIfAbsent(event, k -> new AtomicInteger()).incrementAndGet();
      }

      @Override
      public void onMultirunStart(RunContext run) {
        count("multirun start");
      }

      @Override
      public void onMultirunEnd(RunContext run, List<JobReturn> results) {
        count("multirun end " + results.size());
      }

      @Override
      public void onJobStart(JobContext job) {
        count("start " + job.number());
      }

      @Override
      public void onJobEnd(JobContext job, JobReturn result) {
        count("end " + job.number() + " " + result.status());
      }
    };

    Outcome outcome = app().launcher(Launcher.parallel(threads)).callback("counter", counter)
        .invoke("job", "-m", "n=range(10000)");

    assertThat(outcome.jobs()).hasSize(10_000);
    for (int n = 0; n < 10_000; n++) {
      JobReturn result = outcome.jobs().get(n);
      assertThat(result.number()).isEqualTo(n);
      Status expected = FAILS[n] ? Status.FAILED : Status.COMPLETED;
      assertThat(result.status()).isEqualTo(expected);
      assertThat(result.value()).isEqualTo(FAILS[n] ? null : n * 2);
      assertThat(counts.get("start " + n)).hasValue(1);
      assertThat(counts.get("end " + n + " " + expected)).hasValue(1);
    }
    assertThat(counts.get("multirun start")).hasValue(1);
    assertThat(counts.get("multirun end 10000")).hasValue(1);
    assertThat(counts).hasSize(2 * 10_000 + 2);
    assertThat(outcome.exitCode()).isEqualTo(1);
  }

  @Test
  void oneAppInvokedFromEightThreadsGivesWhatSequentialInvocationsGive() throws Exception {
    App app = app();
    List<String[]> invocations = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      invocations.add(i % 10 == 0 ? new String[] {"job", "-m", "n=" + i + "," + (i + 1)}
          : new String[] {"job", "n=" + i});
    }
    List<Object> sequential = new ArrayList<>();
    for (String[] args : invocations) {
      sequential.add(summary(app.invoke(args)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> concurrent = new ArrayList<>();
      for (String[] args : invocations) {
        concurrent.add(pool.submit(() -> summary(app.invoke(args))));
      }
      for (int i = 0; i < invocations.size(); i++) {
        assertThat(concurrent.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** What an outcome says, in comparable form: exit code, result, and each job's status and value. */
  private static Object summary(Outcome outcome) {
    List<Object> jobs = new ArrayList<>();
    outcome.jobs().forEach(job -> jobs.add(List.of(job.number(), job.status(), String.valueOf(job.value()))));
    return List.of(outcome.exitCode(), String.valueOf(outcome.result()), jobs);
  }
}

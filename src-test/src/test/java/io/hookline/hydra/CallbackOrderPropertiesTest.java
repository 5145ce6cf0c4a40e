package io.hookline.hydra;

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
import io.hookline.testkit.EventProbe;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.junit.jupiter.api.Test;

/**
 * The ordering law of callbacks, as a stateful test: callbacks are added to an app one by one, and between additions
 * it runs single runs and multiruns with random job outcomes on random launchers. After every run, start events are
 * in registration order, end events reversed, and there is exactly one end per start, for each job and for the run.
 * And a large sweep on the parallel launcher loses and duplicates nothing.
 */
class CallbackOrderPropertiesTest {

  public record Job(int fail) {
    public Job() {
      this(0);
    }
  }

  @Provide
  Arbitrary<Launcher> launchers() {
    return Arbitraries.oneOf(Arbitraries.just(Launcher.sequential()),
        Arbitraries.integers().between(1, 4).map(Launcher::parallel));
  }

  /** The app under test, the log its callbacks write to, and how many callbacks it has. */
  record State(App app, List<String> log, int callbacks) {
    static State initial() {
      return new State(CallbackOrderPropertiesTest.app(Launcher.sequential()), Collections.synchronizedList(new ArrayList<>()), 0);
    }
  }

  @Property(tries = 300)
  void startsInOrderEndsReversedAndOneEndPerStart(@ForAll("chains") ActionChain<State> chain) {
    chain.run();
  }

  @Provide
  Arbitrary<ActionChain<State>> chains() {
    Action.Independent<State> addCallback = () -> Arbitraries.just(Transformer.transform("add a callback",
        state -> new State(state.app().callback("c" + state.callbacks(), new EventProbe(state.callbacks(), state.log())),
            state.log(), state.callbacks() + 1)));
    Action.Independent<State> multirun = () -> Combinators.combine(
        Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(8), launchers())
        .as((fails, launcher) -> Transformer.transform("multirun " + fails + " on " + launcher,
            state -> checkMultirun(state, fails, launcher)));
    Action.Independent<State> single = () -> Arbitraries.of(true, false).map(fails -> Transformer.transform(
        "run failing=" + fails, state -> checkSingle(state, fails)));
    return ActionChain.startWith(State::initial)
        .withAction(addCallback)
        .withAction(multirun)
        .withAction(single)
        .withMaxTransformations(12);
  }

  private static State checkMultirun(State state, List<Boolean> jobFails, Launcher launcher) {
    state.log().clear();
    Outcome outcome = state.app().launcher(launcher).invoke("job", "-m", "fail=" + codes(jobFails));

    assertThat(outcome.jobs()).hasSize(jobFails.size());
    for (int j = 0; j < jobFails.size(); j++) {
      assertThat(outcome.jobs().get(j).status()).isEqualTo(jobFails.get(j) ? Status.FAILED : Status.COMPLETED);
      assertThat(EventProbe.ofJob(state.log(), j)).isEqualTo(EventProbe.expected("J", state.callbacks(), " #" + j));
    }
    assertThat(EventProbe.of(state.log(), "M")).isEqualTo(EventProbe.expected("M", state.callbacks(), ""));
    if (state.callbacks() > 0) {
      assertThat(state.log().get(0)).isEqualTo("M< 0");
      assertThat(state.log().get(state.log().size() - 1)).isEqualTo("M> 0");
    }
    return state;
  }

  private static State checkSingle(State state, boolean fails) {
    state.log().clear();
    Outcome outcome = state.app().invoke("job", "fail=" + (fails ? 1 : 0));

    assertThat(outcome.jobs()).singleElement().extracting(JobReturn::status)
        .isEqualTo(fails ? Status.FAILED : Status.COMPLETED);
    List<String> expected = new ArrayList<>(EventProbe.expected("R", state.callbacks(), ""));
    expected.addAll(expected.size() / 2, EventProbe.expected("J", state.callbacks(), " #0"));
    assertThat(state.log()).isEqualTo(expected);
    return state;
  }

  private static String codes(List<Boolean> fails) {
    StringBuilder codes = new StringBuilder();
    for (int j = 0; j < fails.size(); j++) {
      codes.append(j == 0 ? "" : ",").append(fails.get(j) ? 1 : 0);
    }
    return codes.toString();
  }

  @Test
  void tenThousandJobsOnFourThreadsLoseAndDuplicateNothing() {
    Set<String> runThreads = ConcurrentHashMap.newKeySet();
    Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    Callback counter = new Callback() {
      @Override
      public void onMultirunStart(RunContext run) {
        counts.computeIfAbsent("multirunStart", k -> new AtomicInteger()).incrementAndGet();
      }

      @Override
      public void onMultirunEnd(RunContext run, List<JobReturn> results) {
        counts.computeIfAbsent("multirunEnd", k -> new AtomicInteger()).incrementAndGet();
      }

      @Override
      public void onJobStart(JobContext job) {
        counts.computeIfAbsent("start #" + job.number(), k -> new AtomicInteger()).incrementAndGet();
        runThreads.add(Thread.currentThread().getName());
      }

      @Override
      public void onJobEnd(JobContext job, JobReturn result) {
        counts.computeIfAbsent("end #" + job.number(), k -> new AtomicInteger()).incrementAndGet();
      }
    };

    Outcome outcome = app(Launcher.parallel(4)).callback("counter", counter)
        .invoke("job", "-m", "n=range(10000)", "fail=0,1");

    assertThat(outcome.jobs()).hasSize(20_000);
    for (int j = 0; j < 20_000; j++) {
      assertThat(outcome.jobs().get(j).number()).isEqualTo(j);
      assertThat(outcome.jobs().get(j).status()).isEqualTo(j % 2 == 1 ? Status.FAILED : Status.COMPLETED);
      assertThat(counts.get("start #" + j)).hasValue(1);
      assertThat(counts.get("end #" + j)).hasValue(1);
    }
    assertThat(counts.get("multirunStart")).hasValue(1);
    assertThat(counts.get("multirunEnd")).hasValue(1);
    assertThat(counts).hasSize(2 * 20_000 + 2);
    assertThat(runThreads).hasSizeBetween(2, 4).allMatch(name -> name.startsWith("hookline-job-"));
  }

  private static App app(Launcher launcher) {
    return App.named("prop")
        .hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
            DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS))))
        .launcher(launcher)
        .outputs(OutputDirs.off())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))
        .command(Command.of("job", inv -> {
          if (inv.config(Job.class).fail() == 1) {
            throw new IllegalStateException("planned failure");
          }
          return "ok";
        }).config(ConfigSpec.of(Job.class)).config(ConfigSpec.of("extra", Map.of())));
  }
}

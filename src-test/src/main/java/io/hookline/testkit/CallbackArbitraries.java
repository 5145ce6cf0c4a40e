package io.hookline.testkit;

import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for lists of callbacks that record what they see, to put beside your own callbacks or launchers
 * under test.
 *
 * <p>Contract: each generated callback writes one line per event to the given log (which must be safe to write from
 * several threads, such as a synchronized list): {@code <tag> <event>}, with {@code #<job>} after job events. Tags are
 * unique within a list, {@code cb0}, {@code cb1}, …, in the list's order. Some callbacks also throw from one of their
 * events ({@code <tag> throws}), as a misbehaving callback might; those events are still logged first.
 */
public final class CallbackArbitraries {

  private static final List<String> EVENTS =
      List.of("onRunStart", "onRunEnd", "onMultirunStart", "onMultirunEnd", "onJobStart", "onJobEnd");

  private CallbackArbitraries() {}

  /** Returns lists of up to {@code max} recording callbacks that log to {@code log}. */
  public static Arbitrary<List<Callback>> callbackLists(List<String> log, int max) {
    Arbitrary<String> throwsFrom = Arbitraries.of(EVENTS).injectNull(0.7);
    return throwsFrom.list().ofMaxSize(max).map(plan -> {
      List<Callback> callbacks = new ArrayList<>();
      for (int i = 0; i < plan.size(); i++) {
        callbacks.add(new Recording("cb" + i, plan.get(i), log));
      }
      return callbacks;
    });
  }

  /** A callback that logs every event, and throws from one if told to. */
  private record Recording(String tag, @org.jspecify.annotations.Nullable String throwsFrom, List<String> log)
      implements Callback {

    private void seen(String event, String suffix) {
      log.add(tag + " " + event + suffix);
      if (event.equals(throwsFrom)) {
        throw new IllegalStateException(tag + " throws");
      }
    }

    @Override
    public void onRunStart(RunContext run) {
      seen("onRunStart", "");
    }

    @Override
    public void onRunEnd(RunContext run, JobReturn result) {
      seen("onRunEnd", "");
    }

    @Override
    public void onMultirunStart(RunContext run) {
      seen("onMultirunStart", "");
    }

    @Override
    public void onMultirunEnd(RunContext run, List<JobReturn> results) {
      seen("onMultirunEnd", "");
    }

    @Override
    public void onJobStart(JobContext job) {
      seen("onJobStart", " #" + job.number());
    }

    @Override
    public void onJobEnd(JobContext job, JobReturn result) {
      seen("onJobEnd", " #" + job.number());
    }

    @Override
    public String toString() {
      return tag + (throwsFrom == null ? "" : " (throws from " + throwsFrom + ")");
    }
  }
}

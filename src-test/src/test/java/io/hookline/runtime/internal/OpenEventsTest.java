package io.hookline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.callback.Callback;
import io.hookline.callback.internal.NamedCallback;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The callbacks whose start has fired and whose end has not: each start ends once, by the work inside or by an
 * abandon, last started first; and the shutdown hook's abandon of every open scope, jobs before runs.
 */
class OpenEventsTest {

  private final List<String> said = new ArrayList<>();

  private static NamedCallback named(String name) {
    return new NamedCallback(name, new Callback() { });
  }

  private OpenEvents<String> open(OpenEvents.Level level, String abandoned) {
    return OpenEvents.open(level, (callback, outcome) -> said.add(callback.name() + " ends " + outcome),
        () -> abandoned, outcome -> said.add("after " + outcome));
  }

  @Test
  void eachStartEndsOnceAndAnAbandonEndsTheRestLastFirst() {
    OpenEvents<String> scope = open(OpenEvents.Level.JOB, "lost");
    NamedCallback a = named("a");
    NamedCallback b = named("b");
    NamedCallback c = named("c");

    assertThat(scope.start(a)).isTrue();
    assertThat(scope.start(b)).isTrue();
    assertThat(scope.start(c)).isTrue();
    assertThat(scope.end(b)).isTrue();
    assertThat(scope.end(b)).as("a second end of one start").isFalse();
    assertThat(scope.end(named("b"))).as("an equal callback that never started").isFalse();
    assertThat(scope.running()).isTrue();

    scope.abandon("stopped");
    assertThat(said).containsExactly("c ends stopped", "a ends stopped", "after stopped");
    assertThat(scope.running()).isFalse();
    assertThat(scope.start(named("d"))).isFalse();
    assertThat(scope.end(a)).isFalse();
    scope.abandon("again");
    assertThat(said).hasSize(3);
  }

  @Test
  void aClosedScopeIsNeitherEndedNorAbandoned() {
    OpenEvents<String> scope = open(OpenEvents.Level.RUN, "lost");
    NamedCallback a = named("a");
    scope.start(a);
    scope.close();

    assertThat(scope.running()).isFalse();
    assertThat(scope.end(a)).isFalse();
    scope.abandon("late");
    assertThat(said).isEmpty();
  }

  @Test
  void theShutdownAbandonsTheLevelsItIsGivenJobsFirst() {
    OpenEvents<String> multirun = open(OpenEvents.Level.MULTIRUN, "multirun lost");
    OpenEvents<String> run = open(OpenEvents.Level.RUN, "run lost");
    OpenEvents<String> job = open(OpenEvents.Level.JOB, "job lost");
    multirun.start(named("m"));
    run.start(named("r"));
    job.start(named("j"));

    assertThat(OpenEvents.abandonAll(Set.of())).isFalse();
    assertThat(OpenEvents.abandonAll(Set.of(OpenEvents.Level.RUN, OpenEvents.Level.JOB))).isTrue();
    assertThat(said).containsExactly("j ends job lost", "after job lost", "r ends run lost", "after run lost");
    assertThat(multirun.running()).isTrue();
    assertThat(OpenEvents.anyOpen()).isTrue();
    multirun.close();
  }
}

package io.hookline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Failure;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch's returns as its launcher hands them on: kept once each, with the attempt the runtime counts; a return for a
 * job outside the batch, or a second one, is a warning; and a job the launcher never ended gets the return that says
 * why, told like any other.
 */
class ReturnsTest {

  private static final int FIRST = 10;

  private final List<JobReturn> told = new ArrayList<>();
  private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

  record Plain(int number) implements LocalLauncher.Job {
    @Override
    public List<String> overrides() {
      return List.of("n=" + number);
    }

    @Override
    public Path directory() {
      return Path.of("sweep", Integer.toString(number));
    }

    @Override
    public JobReturn run() {
      throw new AssertionError("not run here");
    }
  }

  private Returns batch(int... attempts) {
    return new Returns(List.of(new Plain(10), new Plain(11), new Plain(12)), FIRST, Launcher.sequential(), told::add,
        "demo", new PrintStream(warnings, true, StandardCharsets.UTF_8), attempts);
  }

  private static JobReturn completed(int number) {
    return new JobReturn(Status.COMPLETED, number, null, List.of("n=" + number), number, Integer.toString(number),
        null, Instant.EPOCH, Instant.EPOCH);
  }

  @Test
  void aBatchKnowsWhichOfItsJobsHaveTheirReturnAndNoOthers() {
    Returns returns = batch(1, 1, 1);
    returns.preload(completed(10));
    returns.accept(completed(12));

    assertThat(returns.has(9)).isFalse();
    assertThat(returns.has(10)).isTrue();
    assertThat(returns.has(11)).isFalse();
    assertThat(returns.has(12)).isTrue();
    assertThat(returns.has(13)).isFalse();
    assertThat(told).extracting(JobReturn::number).containsExactly(12); // a preloaded return is told to no one
  }

  @Test
  void aReturnIsKeptOnceWithTheAttemptTheRuntimeCounts() {
    Returns returns = batch(1, 3, 1);

    returns.accept(completed(11));
    returns.accept(completed(11));
    returns.accept(completed(13));
    returns.accept(completed(9));

    assertThat(told).singleElement().satisfies(result -> assertThat(result.attempt()).isEqualTo(3));
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEqualTo(
        "demo: warning: the sequential launcher ended job #11 twice; the first return is kept\n"
        + "demo: warning: the sequential launcher ended job #13, which is not in this sweep\n"
        + "demo: warning: the sequential launcher ended job #9, which is not in this sweep\n");
  }

  @Test
  void aJobNeverEndedGetsAReturnSayingWhyAndItIsTold() {
    Returns returns = batch(1, 2, 1);
    returns.accept(completed(10));

    List<JobReturn> all = returns.all(null, false, false, i -> null);

    assertThat(all).extracting(JobReturn::status).containsExactly(Status.COMPLETED, Status.FAILED, Status.FAILED);
    assertThat(all.get(1).failure().kind()).isEqualTo(Failure.Kind.DEFECT);
    assertThat(all.get(1).error()).hasMessage("the sequential launcher returned without ending job #11");
    assertThat(all.get(1).attempt()).isEqualTo(2);
    assertThat(all.get(2).overrides()).containsExactly("n=12");
    assertThat(told).extracting(JobReturn::number).containsExactly(10, 11, 12);
    returns.accept(completed(11));
    assertThat(told).as("a return after the batch is sealed is dropped").hasSize(3);
    assertThat(warnings.size()).isZero();
  }

  @Test
  void whyAJobWasNeverEndedFollowsWhatHappened() {
    Failure stuck = Failure.notStarted();
    assertThat(batch(1, 1, 1).all(null, true, false, i -> i == 1 ? stuck : null))
        .extracting(JobReturn::status).containsExactly(Status.INTERRUPTED, Status.INTERRUPTED, Status.INTERRUPTED);
    assertThat(batch(1, 1, 1).all(null, true, false, i -> i == 1 ? stuck : null).get(1).failure())
        .isSameAs(stuck);
    assertThat(batch(1, 1, 1).all(new IllegalStateException("boom"), false, true, i -> null).get(0).error())
        .hasMessage("the sequential launcher failed before job #10 ended: java.lang.IllegalStateException: boom");
    assertThat(batch(1, 1, 1).all(null, false, true, i -> null)).extracting(JobReturn::status)
        .containsOnly(Status.SKIPPED);
  }
}

package io.hookline.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.Failure;
import io.hookline.InfrastructureException;
import io.hookline.InputException;
import io.hookline.Outcome;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.failure.internal.WorkerException;
import io.hookline.launch.internal.JobLostException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failure model as values: classification, the status a failure allows, and the exit code's precedence. */
class FailureModelTest {

  @Test
  void eachThrowableIsClassifiedByTheLayerThatThrewIt() {
    assertThat(Failure.classify(new InputException("bad"), false).kind()).isEqualTo(Failure.Kind.INPUT);
    assertThat(Failure.classify(new InfrastructureException("disk"), false).kind())
        .isEqualTo(Failure.Kind.INFRASTRUCTURE);
    assertThat(Failure.classify(new JobLostException("lost"), false).kind()).isEqualTo(Failure.Kind.INFRASTRUCTURE);
    assertThat(Failure.classify(new InterruptedException(), false).kind()).isEqualTo(Failure.Kind.INTERRUPTED);
    assertThat(Failure.classify(new ClosedByInterruptException(), false).kind()).isEqualTo(Failure.Kind.INTERRUPTED);
    assertThat(Failure.classify(new InterruptedIOException(), false).kind()).isEqualTo(Failure.Kind.INTERRUPTED);
    assertThat(Failure.classify(new IllegalStateException(), true).kind()).isEqualTo(Failure.Kind.INTERRUPTED);
    assertThat(Failure.classify(new IOException("the job's own"), false).kind()).isEqualTo(Failure.Kind.JOB);
    assertThat(Failure.classify(new OutOfMemoryError(), false).kind()).isEqualTo(Failure.Kind.JOB);
    assertThat(Failure.classify(new StackOverflowError(), false).kind()).isEqualTo(Failure.Kind.JOB);
    assertThat(Failure.classify(new InputException("bad"), true).kind()).isEqualTo(Failure.Kind.INPUT);
  }

  @Test
  void aWorkersFailureKeepsItsKindAcrossTheProcessBoundary() {
    WorkerException remote = new WorkerException(Failure.Kind.INFRASTRUCTURE, "java.io.IOException",
        "No space left on device", List.of(), null);

    assertThat(Failure.classify(remote, false).kind()).isEqualTo(Failure.Kind.INFRASTRUCTURE);
    assertThat(remote).hasMessage("java.io.IOException: No space left on device");
  }

  @Test
  void aReturnsFailureKindSurvivesItsJsonForm(@TempDir Path dir) throws IOException {
    Instant now = Instant.now();
    for (Failure failure : List.of(new Failure(Failure.Kind.INFRASTRUCTURE, new InfrastructureException("disk full")),
        new Failure(Failure.Kind.JOB, new IllegalStateException("boom")), Failure.notStarted(),
        new Failure(Failure.Kind.INPUT, new InputException("bad key")))) {
      Path file = dir.resolve(failure.kind() + ".json");
      JobReturnJson.write(file, JobReturn.failed(failure, List.of("a=1"), 3, "3", null, now, now));

      JobReturn read = JobReturnJson.read(file, null);

      assertThat(read.failure().kind()).isEqualTo(failure.kind());
      assertThat(read.status()).isEqualTo(failure.kind() == Failure.Kind.INTERRUPTED ? Status.INTERRUPTED
          : Status.FAILED);
      assertThat(Failure.classify(read.error(), false).kind()).isEqualTo(failure.kind());
    }
  }

  @Test
  void aReturnsStatusAndFailureCannotDisagree() {
    Failure job = new Failure(Failure.Kind.JOB, new IllegalStateException("x"));
    Failure interrupted = Failure.notStarted();
    Instant now = Instant.now();

    assertThatThrownBy(() -> new JobReturn(Status.COMPLETED, null, job, List.of(), 0, "0", null, now, now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JobReturn(Status.FAILED, null, null, List.of(), 0, "0", null, now, now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JobReturn(Status.FAILED, null, interrupted, List.of(), 0, "0", null, now, now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JobReturn(Status.INTERRUPTED, null, job, List.of(), 0, "0", null, now, now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JobReturn(Status.SKIPPED, null, job, List.of(), 0, "0", null, now, now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(JobReturn.failed(interrupted, List.of(), 0, "0", null, now, now).status())
        .isEqualTo(Status.INTERRUPTED);
    assertThat(JobReturn.failed(job, List.of(), 0, "0", null, now, now).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void thePublishedPrecedence() {
    assertThat(Failure.exitCode(List.of())).isEqualTo(Outcome.OK);
    assertThat(Failure.exitCode(List.of(Failure.Kind.INPUT))).isEqualTo(Outcome.USAGE);
    assertThat(Failure.exitCode(List.of(Failure.Kind.INPUT, Failure.Kind.INFRASTRUCTURE))).isEqualTo(Outcome.FAILED);
    assertThat(Failure.exitCode(List.of(Failure.Kind.DEFECT, Failure.Kind.INPUT))).isEqualTo(Outcome.FAILED);
    assertThat(Failure.exitCode(List.of(Failure.Kind.JOB, Failure.Kind.INTERRUPTED))).isEqualTo(Outcome.INTERRUPTED);
  }

  @Property
  void theExitCodeIsTheWorstKindsAndIgnoresOrder(@ForAll("kinds") List<Failure.Kind> kinds) {
    List<Failure.Kind> shuffled = new ArrayList<>(kinds);
    Collections.reverse(shuffled);
    int code = Failure.exitCode(kinds);

    assertThat(Failure.exitCode(shuffled)).isEqualTo(code);
    int worst = kinds.stream().mapToInt(ExitCodeRank::of).max().orElse(0);
    assertThat(ExitCodeRank.of(code)).isEqualTo(worst);
  }

  @Property
  void oneInterruptionMakesAnyRun130AndOneInputErrorNeverHidesAFailure(
      @ForAll("kinds") List<Failure.Kind> kinds) {
    List<Failure.Kind> interrupted = new ArrayList<>(kinds);
    interrupted.add(Failure.Kind.INTERRUPTED);
    List<Failure.Kind> withInput = new ArrayList<>(kinds);
    withInput.add(Failure.Kind.INPUT);

    assertThat(Failure.exitCode(interrupted)).isEqualTo(Outcome.INTERRUPTED);
    assertThat(Failure.exitCode(withInput)).isEqualTo(kinds.isEmpty() ? Outcome.USAGE
        : Failure.exitCode(kinds) == Outcome.USAGE ? Outcome.USAGE : Failure.exitCode(kinds));
  }

  @Provide
  Arbitrary<List<Failure.Kind>> kinds() {
    return Arbitraries.of(Failure.Kind.class).list().ofMaxSize(8);
  }

  /** The order of severity the precedence publishes: none, input, a failure, an interruption. */
  private static final class ExitCodeRank {
    static int of(Failure.Kind kind) {
      return of(kind.exitCode());
    }

    static int of(int exitCode) {
      return switch (exitCode) {
        case Outcome.OK -> 0;
        case Outcome.USAGE -> 1;
        case Outcome.FAILED -> 2;
        default -> 3;
      };
    }
  }
}

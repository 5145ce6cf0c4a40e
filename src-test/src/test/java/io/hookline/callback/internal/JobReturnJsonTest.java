package io.hookline.callback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.Failure;
import io.hookline.InfrastructureException;
import io.hookline.InputException;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.TreeReader;
import io.hookline.config.internal.TreeWriter;
import io.hookline.failure.internal.WorkerException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's return as the worker protocol writes and reads it: what goes in comes back, its failure with its kind, type,
 * message, trace and cause; and what the reader would refuse is never written.
 */
class JobReturnJsonTest {

  private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

  @TempDir
  Path dir;

  private JobReturn roundTrip(JobReturn result) throws IOException {
    Path file = dir.resolve(result.number() + ".json");
    JobReturnJson.write(file, result);
    return JobReturnJson.read(file, dir);
  }

  @Test
  void aCompletedReturnComesBackWhole() throws IOException {
    JobReturn result = new JobReturn(Status.COMPLETED, List.of(1, "two"), null, List.of("lr=0.1", "seed=3"), 4, "4",
        dir, START, START.plusMillis(1500));

    JobReturn back = roundTrip(result);

    assertThat(back.status()).isEqualTo(Status.COMPLETED);
    assertThat(back.value()).isEqualTo(List.of(1, "two"));
    assertThat(back.overrides()).containsExactly("lr=0.1", "seed=3");
    assertThat(back.number()).isEqualTo(4);
    assertThat(back.start()).isEqualTo(START);
    assertThat(back.end()).isEqualTo(START.plusMillis(1500));
    assertThat(back.failure()).isNull();
  }

  @Test
  void aValueJsonCannotHoldComesBackAsItsText() throws IOException {
    Object odd = new Object() {
      @Override
      public String toString() {
        return "an odd value";
      }
    };
    JobReturn back = roundTrip(new JobReturn(Status.COMPLETED, odd, null, List.of(), 0, "0", dir, START, START));

    assertThat(back.value()).isEqualTo("an odd value");
  }

  @Test
  void aFailureComesBackWithItsKindTypeMessageTraceAndCause() throws IOException {
    IllegalStateException cause = new IllegalStateException("disk gone");
    RuntimeException error = new RuntimeException("job broke", cause);
    JobReturn back = roundTrip(JobReturn.failed(new Failure(Failure.Kind.INFRASTRUCTURE, error), List.of(), 1, "1",
        dir, START, START));

    assertThat(back.failure().kind()).isEqualTo(Failure.Kind.INFRASTRUCTURE);
    WorkerException shown = (WorkerException) back.error();
    assertThat(shown.remoteType()).isEqualTo(RuntimeException.class.getName());
    assertThat(shown.remoteMessage()).isEqualTo("job broke");
    assertThat(shown.remoteTrace()).isNotEmpty().allMatch(frame -> frame.contains("("));
    assertThat(shown.getCause()).isInstanceOf(WorkerException.class).hasMessageContaining("disk gone");
    assertThat(shown.getCause().getCause()).isNull();
  }

  @Test
  void badInputComesBackAsBadInput() throws IOException {
    JobReturn back = roundTrip(JobReturn.failed(new Failure(Failure.Kind.INPUT, new InputException("no such key 'x'")),
        List.of(), 2, "2", dir, START, START));

    assertThat(back.failure().kind()).isEqualTo(Failure.Kind.INPUT);
    assertThat(back.error()).isInstanceOf(InputException.class).hasMessage("no such key 'x'");
  }

  @Test
  void aReturnOfExactlyTheLimitIsWrittenAndOneCharacterMoreIsNot() throws IOException {
    JobReturn empty = new JobReturn(Status.COMPLETED, "", null, List.of(), 3, "3", dir, START, START);
    int overhead = TreeWriter.render(JobReturnJson.tree(empty), Formats.JSON).length();
    String fits = "x".repeat(TreeReader.MAX_DOCUMENT_CHARS - overhead);

    JobReturn back = roundTrip(new JobReturn(Status.COMPLETED, fits, null, List.of(), 3, "3", dir, START, START));
    assertThat(back.value()).isEqualTo(fits);
    JobReturn over = new JobReturn(Status.COMPLETED, fits + "x", null, List.of(), 5, "5", dir, START, START);
    assertThatThrownBy(() -> JobReturnJson.write(dir.resolve("over.json"), over))
        .isInstanceOf(InfrastructureException.class).hasMessageContaining("beyond the 8388608 a return may hold");
    assertThat(dir.resolve("over.json")).doesNotExist();
  }

  @Test
  void aReturnNestedDeeperThanTheReaderReadsIsNotWritten() {
    Object deep = 0;
    for (int level = 0; level < TreeReader.MAX_DEPTH + 10; level++) {
      List<Object> list = new ArrayList<>();
      list.add(deep);
      deep = list;
    }
    JobReturn result = new JobReturn(Status.COMPLETED, deep, null, List.of(), 6, "6", dir, START, START);

    assertThatThrownBy(() -> JobReturnJson.write(dir.resolve("deep.json"), result))
        .isInstanceOf(InfrastructureException.class).hasMessageContaining("nested more than 200 levels deep");
    assertThat(dir.resolve("deep.json")).doesNotExist();
  }
}

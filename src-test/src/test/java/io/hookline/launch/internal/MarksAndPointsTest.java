package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker's mark of its process, read back only while that very process runs on this machine since its boot; and the
 * crash points a test names, with or without a job's number. (Halting at a point ends the JVM: the resume suites do
 * that in child processes.)
 */
class MarksAndPointsTest {

  @TempDir Path dir;

  @Test
  void aMarkLeftByARunningProcessFindsIt() throws IOException {
    WorkerMark.leave(dir, ProcessHandle.current());

    assertThat(WorkerMark.running(dir)).contains(ProcessHandle.current());
    assertThat(Files.readString(dir.resolve(".hookline/worker.pid")))
        .matches(ProcessHandle.current().pid() + " [0-9TZ:.-]+ [0-9a-f-]+\n");
  }

  @Test
  void aMarkOfAnotherProcessBootOrStartFindsNothing() throws IOException {
    WorkerMark.leave(dir, ProcessHandle.current());
    String[] mark = Files.readString(dir.resolve(".hookline/worker.pid")).strip().split(" ");
    for (String other : List.of(
        mark[0] + " " + mark[1] + " another-boot",
        mark[0] + " 2001-01-01T00:00:00Z " + mark[2],
        "999999999 " + mark[1] + " " + mark[2],
        "abc " + mark[1] + " " + mark[2],
        "1234567890123456789 " + mark[1] + " " + mark[2],
        mark[0] + " " + mark[1],
        mark[0] + " " + mark[1] + " " + mark[2] + " more")) {
      Files.writeString(dir.resolve(".hookline/worker.pid"), other + "\n");
      assertThat(WorkerMark.running(dir)).as(other).isEmpty();
    }
  }

  @Test
  void noMarkFindsNothing() {
    assertThat(WorkerMark.running(dir)).isEmpty();
  }

  @Test
  void aCrashPointIsNamedAloneOrWithItsJob() {
    assertThat(CrashPoints.named("after-plan", -1, "after-plan")).isTrue();
    assertThat(CrashPoints.named("before-record", 3, "before-record:3")).isTrue();
    assertThat(CrashPoints.named("before-record", 0, "before-record:0")).isTrue();
    assertThat(CrashPoints.named("before-record", 3, "before-record:4")).isFalse();
    assertThat(CrashPoints.named("before-record", 3, "before-record")).isFalse();
    assertThat(CrashPoints.named("after-plan", -1, "after-plan:-1")).isFalse();
    assertThat(CrashPoints.named("after-plan", -1, null)).isFalse();
    assertThat(CrashPoints.named("after-plan", -1)).as("no point is named in the tests' JVM").isFalse();
  }
}

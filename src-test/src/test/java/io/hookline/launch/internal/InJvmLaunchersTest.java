package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher.Job;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-JVM launchers as a runtime sees them, and the names they and their folders go by. */
class InJvmLaunchersTest {

  @TempDir
  Path dir;

  /** A job that waits to be interrupted, then returns; {@code started} counts down as it starts. */
  private static Job waiting(int number, CountDownLatch started) {
    return new Job() {
      @Override
      public int number() {
        return number;
      }

      @Override
      public List<String> overrides() {
        return List.of();
      }

      @Override
      public @Nullable Path directory() {
        return null;
      }

      @Override
      public JobReturn run() {
        started.countDown();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          // ended by the interrupt
        }
        Instant now = Instant.now();
        return new JobReturn(Status.COMPLETED, null, null, List.of(), number, "" + number, null, now, now);
      }
    };
  }

  @Test
  void theParallelLauncherReturnsWithTheInterruptFlagSetAndEveryRunningJobsReturn() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    List<JobReturn> ended = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean flagged = new AtomicBoolean();
    Thread launching = new Thread(() -> {
      new ParallelLauncher(2).launch(List.of(waiting(0, started), waiting(1, started)), ended::add);
      flagged.set(Thread.currentThread().isInterrupted());
    });
    launching.start();
    started.await();
    launching.interrupt();
    launching.join(30_000);

    assertThat(launching.isAlive()).isFalse();
    assertThat(flagged).isTrue();
    assertThat(ended).extracting(JobReturn::number).containsExactlyInAnyOrder(0, 1);
  }

  @StartsProcesses
  @Test
  void theLaunchersGoByTheirNames() {
    assertThat(Launcher.parallel(3).name()).isEqualTo("parallel");
    assertThat(Launcher.parallel(3)).hasToString("parallel(3)");
    assertThat(Launcher.sequential().name()).isEqualTo("sequential");
    assertThat(Launcher.sequential()).hasToString("sequential");
    assertThat(Launcher.process(1).workers()).isEqualTo(1);
    assertThat(Launcher.process(1).name()).isEqualTo("process");
    assertThat(Launcher.slurm().name()).isEqualTo("slurm");
  }

  @Test
  void runsStartedInTheSameSecondGetFoldersOfTheirOwn() {
    LocalDateTime at = LocalDateTime.of(2026, 11, 30, 18, 40, 5);
    OutputDirs outputs = OutputDirs.defaults();

    List<Path> made = List.of(outputs.newSweepDir(dir, at), outputs.newSweepDir(dir, at),
        outputs.newSweepDir(dir, at));

    assertThat(made).extracting(path -> path.getFileName().toString())
        .containsExactly("18-40-05", "18-40-05_1", "18-40-05_2");
    assertThat(made).allMatch(path -> path.getParent().getFileName().toString().equals("2026-11-30"));
  }
}

package io.hookline.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.Callback;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.Journal;
import io.hookline.reliability.SmallDisk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal on a full disk (a small tmpfs): a return that cannot be journaled is kept in memory and reported as
 * usual, with one warning for the whole sweep; a resume on the still full disk fails in one line; once there is room,
 * the resume runs exactly the jobs whose returns the journal missed.
 */
@StartsProcesses
class FullDiskJournalTest {

  /** The job's config. */
  public record Job(int n) {
    /** The defaults. */
    public Job() {
      this(0);
    }
  }

  private static final int JOBS = 200;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Set<Integer> ran = ConcurrentHashMap.newKeySet();
  private final AtomicReference<List<JobReturn>> multirunEnd = new AtomicReference<>();

  private App app(Path where) {
    return App.named("full")
        .directory(where)
        .outputs(OutputDirs.off())
        .launcher(Launcher.parallel(4))
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .callback("ends", new Callback() {
          @Override
          public void onMultirunEnd(RunContext run, List<JobReturn> results) {
            multirunEnd.set(results);
          }
        })
        .command(Command.of("job", invocation -> {
          int n = invocation.config(Job.class).n();
          ran.add(n);
          return "x".repeat(400) + n; // a return of half a kilobyte, so that the journal fills the disk
        }).config(ConfigSpec.of(Job.class)));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aJournalThatFillsTheDiskLosesNoReturnAndTheResumeRunsWhatItMissed() throws Exception {
    Path disk = Files.createDirectory(dir.resolve("disk"));
    try (SmallDisk small = SmallDisk.mount(disk, "256k")) {
      Path filler = disk.resolve("filler");
      Files.write(filler, new byte[224 * 1024]);

      Outcome outcome = app(disk).invoke("job", "-m", "n=range(" + JOBS + ")");

      assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
      assertThat(outcome.jobs()).hasSize(JOBS).allMatch(JobReturn::completed);
      assertThat(multirunEnd.get()).isEqualTo(outcome.jobs());
      assertThat(err().lines().filter(line -> line.contains("warning: cannot journal job #"))).hasSize(1);
      assertThat(err()).contains("No space left on device", "; a resume would run it again").doesNotContain("\tat ");
      Path sweep;
      try (Stream<Path> files = Files.walk(disk.resolve("multirun"))) {
        sweep = files.filter(file -> file.endsWith(Journal.FILE)).findFirst().orElseThrow().getParent();
      }
      Set<Integer> journaled = Journal.read(sweep).returns().keySet();
      assertThat(journaled).as("the journal filled the disk midway").isNotEmpty().hasSizeLessThan(JOBS);

      err.reset();
      Outcome stillFull = app(disk).invoke("--resume", sweep.toString());
      assertThat(stillFull.exitCode()).isEqualTo(Outcome.FAILED);
      assertThat(err().lines().toList()).as(err()).hasSize(1).first().asString()
          .startsWith("full: cannot open the sweep's journal ").contains("No space left on device");

      Files.delete(filler);
      ran.clear();
      err.reset();
      Outcome resumed = app(disk).invoke("--resume", sweep.toString());

      assertThat(resumed.exitCode()).as(err()).isEqualTo(Outcome.OK);
      assertThat(err()).doesNotContain("warning");
      assertThat(resumed.jobs()).hasSize(JOBS).allMatch(JobReturn::completed);
      assertThat(ran).as("the jobs run again: those the journal missed")
          .isEqualTo(Stream.iterate(0, n -> n + 1).limit(JOBS).filter(n -> !journaled.contains(n))
              .collect(Collectors.toSet()));
      assertThat(Journal.read(sweep).returns()).hasSize(JOBS);
    }
  }
}

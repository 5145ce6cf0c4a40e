package io.hookline.journal;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.OutputDirs;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.launch.Launcher;
import io.hookline.sweep.DoublingSweeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A program for the kill tests, run as a controller in its own JVM: each job appends its number to {@code ran.txt}
 * (a side file the journal knows nothing of), then sleeps a little, so that a kill lands in the middle of a sweep; an
 * odd job fails while a file {@code broken} exists. Each event is one line of {@code events.txt}, which begins with
 * the invocation's tag (the system property {@code ticks.invocation}, inherited by workers) when there is one.
 */
public final class KilledSweepApp {

  /** The job's config. */
  public record Tick(int n, int sleep) {
    /** The defaults. */
    public Tick() {
      this(0, 20);
    }
  }

  private KilledSweepApp() {}

  /** Appends each event to a file, one line each, so that counts survive a killed controller. */
  record EventLog(Path file) implements Callback {
    private void log(String event) {
      String tag = System.getProperty("ticks.invocation");
      try {
        Files.writeString(file, (tag == null ? "" : tag + " ") + event + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void onMultirunStart(RunContext run) {
      log("multirun start");
    }

    @Override
    public void onMultirunEnd(RunContext run, List<JobReturn> results) {
      log("multirun end " + results.size());
    }

    @Override
    public void onJobStart(JobContext job) {
      log("job start " + job.number());
    }

    @Override
    public void onJobEnd(JobContext job, JobReturn result) {
      log("job end " + job.number());
    }
  }

  /** Returns the program, with its files in {@code dir}. */
  public static App app(Path dir) {
    return App.named("ticks")
        .directory(dir)
        .outputs(OutputDirs.defaults())
        .launcher(Launcher.sequential())
        .callback("events", new EventLog(dir.resolve("events.txt")))
        .command(Command.of("tick", invocation -> {
          Tick tick = invocation.config(Tick.class);
          try {
            Files.writeString(dir.resolve("ran.txt"), tick.n() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Thread.sleep(tick.sleep());
            if (tick.n() % 2 == 1 && Files.exists(dir.resolve("broken"))) {
              throw new IllegalStateException("tick " + tick.n() + " broke");
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("tick " + tick.n() + " was interrupted", e);
          }
          return tick.n();
        }).config(ConfigSpec.of(Tick.class)));
  }

  /**
   * Returns the command that runs this program as a controller in a JVM of its own, with its files in {@code dir} and
   * its output and errors together: {@code jvmOptions} first ({@code -Dticks.invocation=resume}, say), then
   * {@code arguments}.
   */
  public static ProcessBuilder controller(Path dir, List<String> jvmOptions, String... arguments) {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dticks.dir=" + dir));
    line.addAll(jvmOptions);
    line.addAll(List.of("-cp", System.getProperty("java.class.path"), KilledSweepApp.class.getName()));
    line.addAll(List.of(arguments));
    return new ProcessBuilder(line).redirectErrorStream(true);
  }

  /**
   * Runs the program in the folder named by the system property {@code ticks.dir}, which its workers inherit with the
   * controller's other JVM options. A sweep picks its sweeper on the command line: {@code sweeper=doubling} (a
   * {@link DoublingSweeper}, found by its provider), or {@code sweeper=halving} with its options.
   */
  public static void main(String[] args) {
    System.exit(app(Path.of(System.getProperty("ticks.dir"))).wake(args));
  }
}

package io.hookline.launch;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.OutputDirs;
import io.hookline.Stage;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The program the launcher tests run, as the controller and as its workers: one command, {@code job}, whose config
 * says what the job does ({@code what=ok}, {@code print}, {@code boom}, {@code exit3}, {@code oom}, {@code kill},
 * {@code sleep}, {@code log}, {@code logboom}, {@code flaky}, {@code failonce}, {@code waitkill}, {@code env}, {@code secret}, …); with {@code -Dlaunched.fresh=true}, each of its jobs
 * needs a fresh JVM. A recorder callback appends every event, with the process id that
 * fired it, to {@code events.log} in the working directory; at the multirun's end it also appends each job's return
 * as the controller sees it.
 */
public final class LaunchedApp {

  /** What a job does. */
  public record Job(String what) {
    public Job() {
      this("ok");
    }
  }

  private static final System.Logger LOG = App.logger("launched.Job");

  private LaunchedApp() {}

  /** Runs the program on its arguments and exits with its exit code. */
  public static void main(String[] args) {
    App app = App.named("launched")
        .gracePeriod(Duration.ofSeconds(Long.getLong("launched.grace", 10)))
        .callback("recorder", new Recorder())
        .command(fresh(Command.of("job", inv -> act(inv.config(Job.class).what(), inv))
            .config(ConfigSpec.of(Job.class))
            .option(OptionSpec.withValue("token", "TOKEN", "a secret").secret())
            .override(Stage.CONFIG, DefaultHooks.LOAD, DefaultHooks.load(LoadOptions.defaults()
                .whenMissing(WhenMissing.USE_DEFAULTS)))));
    System.exit(app.wake(args));
  }

  /** Returns {@code job}, asking for a fresh JVM per job if the system property {@code launched.fresh} is true. */
  private static Command fresh(Command job) {
    return Boolean.getBoolean("launched.fresh") ? job.withFreshJvmPerJob() : job;
  }

  private static Object act(String what, Invocation inv) throws Exception {
    long pid = ProcessHandle.current().pid();
    switch (what) {
      case "ok":
        return "done in " + pid;
      case "print":
        System.out.println("printed by " + inv.overrides());
        System.err.println("warned by " + inv.overrides());
        return "printed";
      case "log":
        LOG.log(System.Logger.Level.INFO, "logged by " + inv.overrides());
        System.out.println("printed by " + inv.overrides());
        return "logged";
      case "logboom":
        LOG.log(System.Logger.Level.WARNING, "about to fail");
        throw new IllegalStateException("boom");
      case "boom":
        throw new IllegalStateException("boom");
      case "cycle":
        // a cause chain that loops: a -> c -> a
        IllegalStateException a = new IllegalStateException("a");
        a.initCause(new IllegalArgumentException("c", a));
        throw a;
      case "exit3":
        System.exit(3);
        return "unreachable";
      case "oom":
        List<long[]> hoard = new ArrayList<>();
        while (true) {
          hoard.add(new long[1 << 20]);
        }
      case "kill":
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
        Thread.sleep(60_000);
        return "survived";
      case "sleep":
        Thread.sleep(120_000);
        return "woke";
      case "pause":
        Thread.sleep(1_500);
        return "paused";
      case "failonce":
        // The first attempt fails; a later one, in a resumed sweep, completes, saying where it ran.
        if (mark("failonce.mark", pid)) {
          throw new IllegalStateException("first attempt");
        }
        return "done in " + pid;
      case "flaky":
        // The first attempt kills its own process; the second finds the mark and completes.
        if (mark("flaky.mark", pid)) {
          new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
          Thread.sleep(60_000);
        }
        return "second attempt";
      case "waitkill":
        // The first attempt writes its process id and waits to be killed from outside.
        if (mark("waitkill.pid", pid)) {
          Thread.sleep(120_000);
        }
        return "second attempt";
      case "stubborn":
        // Ignores interrupts until the file 'release' appears, as a job stuck in uninterruptible work does.
        log("stubborn #" + pid);
        Instant giveUp = Instant.now().plusSeconds(120);
        while (!Files.exists(Path.of("release")) && Instant.now().isBefore(giveUp)) {
          try {
            Thread.sleep(50);
          } catch (InterruptedException ignored) {
            // stubborn
          }
        }
        return "released";
      case "big":
        return "x".repeat(100_000);
      case "garble":
        // Leaves a return the controller cannot read, as a worker cut off mid-protocol might, and ends at once.
        Path file = inv.attribute(OutputDirs.DIRECTORY).orElseThrow().resolve(".hookline/job_return.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ \"status\": ");
        Runtime.getRuntime().halt(0);
        return "unreachable";
      case "secret":
        return inv.option("token").map(token -> token.length() + " characters").orElse("none") + ",from environment=" + (System.getenv("HOOKLINE_SECRET_TOKEN")
            != null);
      case "env":
        return System.getenv("HOOKLINE_TEST_VAR") + "," + System.getenv("HOOKLINE_FROM_CONTROLLER");
      default:
        throw new IllegalArgumentException("no such behaviour: " + what);
    }
  }

  private static void log(String line) {
    Recorder.write(line);
  }

  /** Writes {@code pid} into {@code name}, unless it exists; returns whether it did. */
  private static boolean mark(String name, long pid) throws IOException {
    Path file = Path.of(name);
    if (Files.exists(file)) {
      return false;
    }
    Path temporary = Files.writeString(Path.of(name + ".tmp"), Long.toString(pid));
    Files.move(temporary, file);
    return true;
  }

  /** Appends each event, with the id of the process that fired it, to {@code events.log}. */
  private static final class Recorder implements Callback {

    @Override
    public void onRunStart(RunContext run) {
      log("run start");
    }

    @Override
    public void onRunEnd(RunContext run, JobReturn result) {
      log("run end " + result.status());
    }

    private static void log(String line) {
      write(line);
    }

    static void write(String line) {
      try {
        Files.writeString(Path.of("events.log"), line + " pid=" + ProcessHandle.current().pid() + "\n",
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
      for (JobReturn result : results) {
        log("result #" + result.number() + " " + result.status() + " value=" + result.value() + " error="
            + (result.error() == null ? "none" : result.error().getMessage()));
      }
      log("multirun end");
    }

    @Override
    public void onJobStart(JobContext job) {
      log("job start #" + job.number());
    }

    @Override
    public void onJobEnd(JobContext job, JobReturn result) {
      log("job end #" + job.number() + " " + result.status());
    }
  }
}

package io.hookline.benchmarks;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.Hooks;
import io.hookline.OutputDirs;
import io.hookline.Stage;
import io.hookline.launch.Launcher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 100-job multirun in a warm JVM, on the sequential and the parallel(4) launchers: with nothing written ({@code off}),
 * with the journal alone ({@code journal}: each return a line forced to the disk), and with the journal and every
 * output directory ({@code on}); against the same 100 command calls made in a loop. The steady cost of a job, apart
 * from the JVM's warm-up that the whole-process figure includes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MultirunBenchmark {

  /** The job's config. */
  public record Job(int n, String name) {
    public Job() {
      this(0, "job");
    }
  }

  @Param({"off", "journal", "on"})
  public String outputs;

  @Param({"sequential", "parallel"})
  public String launcher;

  private App app;

  @Setup(Level.Trial)
  public void build() throws IOException {
    Path directory = Files.createTempDirectory("hookline-multirun");
    app = App.named("bench")
        .directory(directory)
        .hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
            DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS))))
        .outputs(switch (outputs) {
          case "on" -> OutputDirs.defaults();
          case "journal" -> OutputDirs.off();
          default -> OutputDirs.off().withoutJournal();
        })
        .launcher(launcher.equals("parallel") ? Launcher.parallel(4) : Launcher.sequential())
        .output(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()))
        .command(Command.of("job", inv -> inv.config(Job.class).n() * 2).config(ConfigSpec.of(Job.class)));
  }

  @Benchmark
  public Object hundredJobs() {
    return app.invoke("job", "-m", "n=range(100)").jobs();
  }

  @Benchmark
  public int hundredCallsInALoop() {
    int sum = 0;
    for (int n = 0; n < 100; n++) {
      Job job = new Job(n, "job");
      sum += job.n() * 2;
    }
    return sum;
  }
}

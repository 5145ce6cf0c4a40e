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
import io.hookline.sweep.Sweeper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A sweeper's cost per proposed job: 40 trivial jobs in a warm JVM, proposed by the grid (one batch, the baseline), by
 * the random sweeper (one batch of draws) and by successive halving (four rungs of 27, 9, 3 and 1 jobs, four batches,
 * each told its returns); with nothing written ({@code off}), or with the journal a multirun keeps by default
 * ({@code journal}), each return forced to the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweeperBenchmark {

  /** The job's config. */
  public record Job(double x, int epochs) {
    public Job() {
      this(0, 1);
    }
  }

  @Param({"grid", "random", "halving"})
  public String sweeper;

  @Param({"off", "journal"})
  public String outputs;

  private Path directory;
  private App app;
  private String[] arguments;

  @Setup(Level.Trial)
  public void build() throws IOException {
    directory = Files.createTempDirectory("hookline-sweeper");
    app = App.named("bench")
        .directory(directory)
        .hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
            DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS))))
        .outputs(outputs.equals("off") ? OutputDirs.off().withoutJournal() : OutputDirs.off())
        .output(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()))
        .command(Command.of("job", inv -> inv.config(Job.class).x()).config(ConfigSpec.of(Job.class)));
    switch (sweeper) {
      case "random" -> {
        app = app.sweeper(Sweeper.random(40, 0));
        arguments = new String[] {"job", "-m", "x=uniform(0, 1)"};
      }
      case "halving" -> {
        app = app.sweeper(Sweeper.halving("epochs", 1, 27).withCandidates(27).maximizing());
        arguments = new String[] {"job", "-m", "x=uniform(0, 1)"};
      }
      default -> arguments = new String[] {"job", "-m", "x=range(0, 1, 0.025)"};
    }
  }

  /** Deletes the iteration's sweep directories, so that the file system does not fill up over a trial. */
  @TearDown(Level.Iteration)
  public void clean() throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(directory)).toList()) {
        Files.delete(path);
      }
    }
  }

  @Benchmark
  public Object fortyJobs() {
    return app.invoke(arguments).jobs();
  }
}

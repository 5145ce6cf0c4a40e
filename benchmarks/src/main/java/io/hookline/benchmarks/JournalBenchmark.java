package io.hookline.benchmarks;

import io.hookline.App;
import io.hookline.command.Command;
import io.hookline.command.DefaultHooks;
import io.hookline.command.Hooks;
import io.hookline.command.Stage;
import io.hookline.config.ConfigSpec;
import io.hookline.config.LoadOptions;
import io.hookline.config.LoadOptions.WhenMissing;
import io.hookline.launch.Launcher;
import io.hookline.launch.OutputDirs;
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
 * The journal's cost per job: a 100-job multirun on an in-JVM launcher, with no output directories, journaled (each
 * return a line forced to the disk) and not, in a temporary folder on the default file system.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JournalBenchmark {

  /** The job's config. */
  public record Job(int n) {
    public Job() {
      this(0);
    }
  }

  @Param({"sequential", "parallel"})
  public String launcher;

  @Param({"on", "off"})
  public String journal;

  private App app;

  @Setup(Level.Trial)
  public void build() throws IOException {
    Path directory = Files.createTempDirectory("hookline-journal");
    app = App.named("bench")
        .directory(directory)
        .hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
            DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS))))
        .outputs(journal.equals("on") ? OutputDirs.off() : OutputDirs.off().withoutJournal())
        .launcher(launcher.equals("parallel") ? Launcher.parallel(4) : Launcher.sequential())
        .output(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()))
        .command(Command.of("job", inv -> inv.config(Job.class).n() * 2).withConfig(ConfigSpec.of(Job.class)));
  }

  @Benchmark
  public Object hundredJobs() {
    return app.invoke("job", "-m", "n=range(100)").jobs();
  }
}

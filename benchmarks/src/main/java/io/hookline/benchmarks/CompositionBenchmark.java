package io.hookline.benchmarks;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.OutputDirs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole invocation whose config is composed from ten files (a primary whose defaults list picks nine groups'
 * options), against the same invocation reading one per-config file: what composition costs where users wait.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompositionBenchmark {

  /** The config: a few scalars, a list and a nested record. */
  public record Train(int epochs, double lr, String optimizer, List<Integer> layers, Data data) {
    /** The defaults. */
    public Train() {
      this(10, 0.1, "sgd", List.of(64, 32), new Data("digits", 32));
    }
  }

  /** A nested part of the config. */
  public record Data(String name, int batchSize) {}

  private static final List<String> OTHER_GROUPS = List.of("schedule", "logging", "augment", "eval", "hardware",
      "seed");

  private App perConfigFile;
  private App composed;

  @Setup(Level.Trial)
  public void build() throws IOException {
    Path plain = Files.createTempDirectory("hookline-bench-plain");
    Files.writeString(plain.resolve("train.yaml"), "epochs: 20\nlr: 0.05\noptimizer: adam\nlayers: [128, 64, 32]\n"
        + "data:\n  name: mnist\n  batchSize: 64\n");
    perConfigFile = app(plain).command(Command.of("train", invocation -> invocation.config(Train.class))
        .config(ConfigSpec.of("train", Train.class)));

    Path conf = Files.createTempDirectory("hookline-bench-composed");
    StringBuilder primary = new StringBuilder("defaults:\n  - optimizer: adam\n  - data: mnist\n  - model: mlp\n");
    write(conf, "optimizer/adam.yaml", "# @package train\noptimizer: adam\nlr: 0.05\n");
    write(conf, "data/mnist.yaml", "# @package train.data\nname: mnist\nbatchSize: 64\n");
    write(conf, "model/mlp.yaml", "# @package train\nlayers: [128, 64, 32]\n");
    for (String group : OTHER_GROUPS) {
      primary.append("  - ").append(group).append(": default\n");
      write(conf, group + "/default.yaml", "# @package extra." + group + "\nenabled: true\nlevel: 3\n");
    }
    primary.append("  - _self_\ntrain:\n  epochs: 20\n");
    write(conf, "config.yaml", primary.toString());
    composed = app(conf).compose(Composition.folder(conf))
        .command(Command.of("train", invocation -> invocation.config(Train.class))
            .config(ConfigSpec.of("train", Train.class)).config(ConfigSpec.of("extra", Map.of())));
    check(perConfigFile.invoke("train", "lr=0.5").result());
    check(composed.invoke("train", "train.lr=0.5").result());
  }

  private static App app(Path directory) {
    PrintStream none = new PrintStream(OutputStream.nullOutputStream());
    return App.named("bench").directory(directory).outputs(OutputDirs.off()).output(none, none);
  }

  private static void write(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void check(Object result) {
    Train expected = new Train(20, 0.5, "adam", List.of(128, 64, 32), new Data("mnist", 64));
    if (!expected.equals(result)) {
      throw new IllegalStateException("the two apps disagree: " + result);
    }
  }

  @Benchmark
  public Object perConfigFile() {
    return perConfigFile.invoke("train", "lr=0.5").result();
  }

  @Benchmark
  public Object composedFromTenFiles() {
    return composed.invoke("train", "train.lr=0.5").result();
  }
}

package io.hookline.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.hookline.Command.Target;
import io.hookline.ConfigSpec;
import io.hookline.Configs;
import io.hookline.Hooks;
import io.hookline.Invocation;
import io.hookline.Stage;
import java.io.IOException;
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
 * Loading a config file and applying one command-line override with the config and post-config stages, against
 * plain Jackson reading the same YAML file into the same record and applying the override by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConfigLoadBenchmark {

  /** The config: a few scalars, a list and a nested record, as a typical file has. */
  public record Train(int epochs, double lr, String optimizer, List<Integer> layers, Data data) {}

  /** A nested part of the config. */
  public record Data(String name, int batchSize) {}

  private static final Train DEFAULTS = new Train(10, 0.1, "sgd", List.of(64, 32), new Data("digits", 32));

  private Hooks stages;
  private Invocation invocation;
  private Path file;
  private ObjectMapper yaml;

  @Setup(Level.Trial)
  public void build() throws IOException {
    Path directory = Files.createTempDirectory("hookline-bench");
    file = directory.resolve("train.yaml");
    Files.writeString(file, "epochs: 20\nlr: 0.05\noptimizer: adam\nlayers: [128, 64, 32]\ndata:\n  name: mnist\n"
        + "  batchSize: 64\n");
    Hooks defaults = Hooks.defaults();
    stages = Hooks.empty()
        .with(Stage.CONFIG, defaults.stage(Stage.CONFIG))
        .with(Stage.POST_CONFIG, defaults.stage(Stage.POST_CONFIG));
    invocation = new Invocation("train", Target.of(Object.class), Map.of(), List.of("lr=0.5"),
        Configs.of(List.of(ConfigSpec.of("train", DEFAULTS))), null, null, Map.of(), directory);
    yaml = new ObjectMapper(new YAMLFactory());
  }

  @Benchmark
  public Object hookline() {
    return stages.run(invocation).configs().get("train");
  }

  @Benchmark
  public Object plainJackson() throws IOException {
    Train read = yaml.readValue(file.toFile(), Train.class);
    return new Train(read.epochs(), 0.5, read.optimizer(), read.layers(), read.data());
  }
}

package io.hookline.benchmarks;

import io.hookline.Command.Target;
import io.hookline.ConfigSpec;
import io.hookline.Configs;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One command going through all nine stages with the default hooks (look for the config's file, take the defaults,
 * apply one override, build the command class from its config, run it), against the same work written by hand. No
 * file exists and none is written, so the only I/O on either side is one look for the file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InvocationBenchmark {

  /** The command's config. */
  public record Train(int epochs, double lr, String optimizer) {
    public Train() {
      this(10, 0.1, "sgd");
    }
  }

  /** The command: built from its config, run for its result. */
  public static final class Trainer {
    private final Train train;

    public Trainer(Train train) {
      this.train = train;
    }

    public double run() {
      return train.epochs() * train.lr();
    }
  }

  @Param({"none", "lr=0.5"})
  public String override;

  private Hooks hooks;
  private Invocation invocation;
  private Path directory;

  @Setup(Level.Trial)
  public void build() throws IOException {
    directory = Files.createTempDirectory("hookline-bench");
    hooks = Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
        DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS)));
    List<String> overrides = override.equals("none") ? List.of() : List.of(override);
    invocation = new Invocation("train", Target.of(Trainer.class), Map.of(), overrides,
        Configs.of(List.of(ConfigSpec.of(Train.class))), null, null, Map.of(), directory);
  }

  @Benchmark
  public Object hookline() {
    return hooks.run(invocation).result();
  }

  @Benchmark
  public Object handWritten() {
    Train train = new Train();
    if (Files.isRegularFile(directory.resolve("train.yaml"))) {
      throw new IllegalStateException("no file is expected");
    }
    for (String argument : invocation.overrides()) {
      int equals = argument.indexOf('=');
      String key = argument.substring(0, equals);
      String value = argument.substring(equals + 1);
      train = switch (key) {
        case "epochs" -> new Train(Integer.parseInt(value), train.lr(), train.optimizer());
        case "lr" -> new Train(train.epochs(), Double.parseDouble(value), train.optimizer());
        case "optimizer" -> new Train(train.epochs(), train.lr(), value);
        default -> throw new IllegalArgumentException("unknown key " + key);
      };
    }
    return new Trainer(train).run();
  }
}

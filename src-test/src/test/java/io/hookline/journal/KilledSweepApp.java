package io.hookline.journal;

import io.hookline.App;
import io.hookline.command.Command;
import io.hookline.config.ConfigSpec;
import io.hookline.launch.Launcher;
import io.hookline.launch.OutputDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A program for the kill tests, run as a controller in its own JVM: each job appends its number to {@code ran.txt}
 * (a side file the journal knows nothing of), then sleeps a little, so that a kill lands in the middle of a sweep.
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

  /** Returns the program, with its files in {@code dir}. */
  public static App app(Path dir) {
    return App.named("ticks")
        .directory(dir)
        .outputs(OutputDirs.defaults())
        .launcher(Launcher.sequential())
        .command(Command.of("tick", invocation -> {
          Tick tick = invocation.config(Tick.class);
          try {
            Files.writeString(dir.resolve("ran.txt"), tick.n() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Thread.sleep(tick.sleep());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return tick.n();
        }).withConfig(ConfigSpec.of(Tick.class)));
  }

  /** Runs the program in the folder {@code args[0]} with the rest of the arguments. */
  public static void main(String[] args) {
    String[] rest = new String[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    System.exit(app(Path.of(args[0])).wake(rest));
  }
}

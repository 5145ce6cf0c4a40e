package io.hookline.compose;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.OutputDirs;
import java.lang.System.Logger.Level;
import java.nio.file.Path;

/**
 * A program for {@link JobLogRoutingTest}, run in its own JVM: a sweep of one job in the folder {@code args[0]}, whose
 * job logs one record.
 */
public final class JobLogRoutingApp {

  private static final System.Logger LOG = App.logger("routed.Job");

  /** The job's config. */
  public record Run(int x) {
    /** The defaults. */
    public Run() {
      this(0);
    }
  }

  private JobLogRoutingApp() {}

  /** Runs the sweep and exits with its exit code. */
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    System.exit(App.named("routed").directory(dir).outputs(OutputDirs.defaults().under(dir.resolve("runs"))
        .withMultiruns()).command(Command.of("job", Run.class, run -> {
          LOG.log(Level.INFO, "routed record");
          return run.x();
        })).wake("job", "-m", "x=1"));
  }
}

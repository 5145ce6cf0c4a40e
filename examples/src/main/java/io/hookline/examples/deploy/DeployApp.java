package io.hookline.examples.deploy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.OptionSpec;
import io.hookline.Stage;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A custom hook pipeline: a global {@code --dry-run} option, an around that skips the run stage when it is given, an
 * around that times the run stage, a global banner hook, and a command that forgets the banner.
 *
 * <pre>{@code
 * deploy rollout                      # banner, then the rollout, then how long it took
 * deploy rollout --dry-run replicas=5 # banner, then what would happen; nothing runs
 * deploy status                       # no banner: this command forgets it
 * }</pre>
 */
public final class DeployApp {

  private DeployApp() {}

  /** Returns the program, with its files under {@code home}. */
  public static App app(Path home) {
    return App.named("deploy")
        .describedAs("Rolls out (simulated) services.")
        .config(Target.class)
        .option(OptionSpec.flag("dry-run", "say what would happen, and do nothing"))
        .andThen(Stage.PRE_RUN, "banner", inv -> {
          Target target = inv.config(Target.class);
          System.out.println("== " + inv.command() + " " + target.environment() + " ==");
          return inv;
        })
        .around(Stage.RUN, "timer", (inv, next) -> {
          long start = System.nanoTime();
          var done = next.invoke(inv);
          System.out.printf(Locale.ROOT, "%s took %d ms%n", inv.command(), (System.nanoTime() - start) / 1_000_000);
          return done;
        })
        .around(Stage.RUN, "dry-run", (inv, next) -> {
          if (!inv.flag("dry-run")) {
            return next.invoke(inv);
          }
          Target target = inv.config(Target.class);
          String plan = "would roll out " + target.version() + " to " + target.replicas() + " replicas in "
              + target.environment();
          System.out.println(plan);
          return inv.withResult(plan);
        })
        .command("rollout", Target.class, target -> {
          for (int replica = 1; replica <= target.replicas(); replica++) {
            Thread.sleep(5);
            System.out.println("  replica " + replica + "/" + target.replicas() + " runs " + target.version());
          }
          return "rolled out " + target.version();
        })
        // A command with a local change reads the global config by its class: it declares no config of its own.
        .command(Command.of("status", inv -> {
          Target target = inv.config(Target.class);
          return target.environment() + ": " + target.replicas() + " replicas of " + target.version();
        }).forget(Stage.PRE_RUN, "banner"))
        .directory(home);
  }

  /** Runs the program; its files go under the folder named by the system property {@code deploy.home}. */
  public static void main(String[] args) {
    System.exit(app(Path.of(System.getProperty("deploy.home", ""))).wake(args));
  }
}

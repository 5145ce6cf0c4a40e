package io.hookline.compose;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.OutputDirs;
import java.nio.file.Path;

/**
 * A program for the class-loading test, run in its own JVM: a command with a record config, run once and as a sweep,
 * either with per-config files (no arguments after the folder) or composed from {@code conf/} ({@code compose}); or
 * only once ({@code single}), once with its config in JSON ({@code json}) or TOML ({@code toml}), or only its help
 * ({@code help}).
 */
public final class ClassLoadingApp {

  /** The config. */
  public record Train(int epochs, double lr) {
    /** The defaults. */
    public Train() {
      this(1, 0.1);
    }
  }

  private ClassLoadingApp() {}

  /** Runs the program in the folder {@code args[0]}; {@code args[1]}, if given, says how (see above). */
  public static void main(String[] args) {
    String mode = args.length > 1 ? args[1] : "";
    if (!mode.isEmpty() && !mode.equals("compose")) {
      App once = App.named("loading")
          .directory(Path.of(args[0]))
          .outputs(OutputDirs.off())
          .command(Command.of("train", invocation -> invocation.config(Train.class).lr())
              .config(ConfigSpec.of(Train.class)));
      String[] line = mode.equals("help") ? new String[] {"train", "--help"}
          : mode.equals("json") ? new String[] {"train", "--train-path", "train.json"}
          : mode.equals("toml") ? new String[] {"train", "--train-path", "train.toml"} : new String[] {"train"};
      int code = once.invoke(line).exitCode();
      System.out.println("exit " + code + " " + code);
      return;
    }
    App app = App.named("loading")
        .directory(Path.of(args[0]))
        .outputs(OutputDirs.off())
        .command(Command.of("train", invocation -> invocation.config(Train.class).lr())
            .config(ConfigSpec.of(Train.class)));
    String prefix = "";
    if (args.length > 1) {
      app = app.compose(Composition.folder(Path.of("conf")));
      prefix = "train.";
    }
    int single = app.invoke("train", prefix + "lr=0.5").exitCode();
    int sweep = app.invoke("train", "-m", prefix + "epochs=1,2").exitCode();
    System.out.println("exit " + single + " " + sweep);
  }
}

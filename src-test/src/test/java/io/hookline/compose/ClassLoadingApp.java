package io.hookline.compose;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.OutputDirs;
import java.nio.file.Path;

/**
 * A program for the class-loading test, run in its own JVM: a command with a record config, run once and as a sweep,
 * either with per-config files (no arguments after the folder) or composed from {@code conf/} ({@code compose}).
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

  /** Runs the program in the folder {@code args[0]}; {@code args[1]}, if given, is {@code compose}. */
  public static void main(String[] args) {
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

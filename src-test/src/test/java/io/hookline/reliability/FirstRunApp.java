package io.hookline.reliability;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.OutputDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A program for the concurrent-first-run test, run in its own JVM: it waits for a start file, then runs a command
 * whose config has many keys, so that its defaults file is large enough for a partial write to show.
 */
public final class FirstRunApp {

  /** A config with many keys. */
  public record Wide(String label, List<String> items) {
    public Wide() {
      this("first-run", defaultItems());
    }
  }

  private FirstRunApp() {}

  private static List<String> defaultItems() {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      items.add("item number " + i);
    }
    return items;
  }

  /** The defaults file both runs race to write. */
  static String expectedFile() {
    StringBuilder text = new StringBuilder("label: first-run\nitems:\n");
    for (String item : defaultItems()) {
      text.append("  - ").append(item).append('\n');
    }
    return text.toString().stripTrailing();
  }

  /** Waits for {@code args[1]} to exist, then runs in the folder {@code args[0]}. */
  public static void main(String[] args) throws InterruptedException {
    Path go = Path.of(args[1]);
    while (!Files.exists(go)) {
      Thread.sleep(1);
    }
    System.exit(App.named("first")
        .directory(Path.of(args[0]))
        .outputs(OutputDirs.off())
        .command(Command.of("run", inv -> {
          System.out.println("label=" + inv.config(Wide.class).label());
          return null;
        }).config(ConfigSpec.of(Wide.class)))
        .wake("run"));
  }
}

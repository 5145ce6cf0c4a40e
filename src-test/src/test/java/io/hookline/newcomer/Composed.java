package io.hookline.newcomer;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import java.nio.file.Path;
import java.util.Map;

/** A program that composes its configs from {@code conf/}, as the README's composed configs teach. */
public final class Composed {

  private Composed() {}

  /** The typed {@code db} node. */
  public record Db(String driver, int port) {
    /** The record's own defaults, which the composition replaces. */
    public Db() {
      this("none", 0);
    }
  }

  /** Runs the app. */
  public static void main(String[] args) {
    System.exit(App.named("app")
        .compose(Composition.folder(Path.of("conf")))
        .command(Command.of("show", ConfigSpec.of("db", Db.class), ConfigSpec.of("cfg", Map.of()).at(""),
            (db, cfg) -> {
              System.out.println(db.driver() + ":" + db.port() + " " + cfg.get("user"));
              return db.driver();
            }))
        .wake(args));
  }
}

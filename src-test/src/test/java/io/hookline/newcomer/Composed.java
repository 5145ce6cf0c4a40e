package io.hookline.newcomer;

import io.hookline.compose.Composition;
import io.hookline.config.ConfigSpec;
import io.hookline.dsl.Hookline;
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
    System.exit(Hookline.app("app")
        .compose(Composition.folder(Path.of("conf")))
        .command("show", ConfigSpec.of("db", Db.class), ConfigSpec.of("cfg", Map.of()).at(""),
            (db, cfg) -> {
              System.out.println(db.driver() + ":" + db.port() + " " + cfg.get("user"));
              return db.driver();
            })
        .wake(args));
  }
}

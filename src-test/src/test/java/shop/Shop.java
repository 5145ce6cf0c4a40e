package shop;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Group;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.Stage;
import java.nio.file.Path;

/**
 * The guide's command-line program: a group of commands, options of the app, a group and a command (a flag, typed,
 * required, with choices, and a positional parameter), a config the group's commands share, read from the environment
 * too, and a version. The chapter includes its tagged regions, and its transcript runs it.
 */
public final class Shop {

  private Shop() {}

  // tag::config[]
  /** The database the db commands use; each key may come from SHOP_DB_URL or SHOP_DB_POOL too. */
  public record Db(String url, int pool) {
    public Db() {
      this("jdbc:h2:mem:shop", 4);
    }
  }
  // end::config[]

  /** How the shop answers. */
  public enum Mode { LIVE, MAINTENANCE }

  /** Returns the program. */
  public static App app() {
    // tag::program[]
    return App.named("shop")
        .describedAs("Runs the shop.")
        .version("2.1.0")
        .option(OptionSpec.flag("verbose", "say what is done"))
        .command(Command.of("serve", Shop::serve)
            .describedAs("Serve the shop")
            .option(OptionSpec.withValue("port", "N", "the port to listen on")
                .ofType(int.class).withDefault("8080"))
            .option(OptionSpec.withValue("mode", "MODE", "how to answer")
                .ofType(Mode.class).withDefault("LIVE")))
        .group(Group.named("db").describedAs("Database chores")
            .config(ConfigSpec.of(Db.class).withEnvironmentPrefix("SHOP_DB_"))
            .option(OptionSpec.flag("dry-run", "change nothing"))
            .command(Command.of("migrate", Shop::migrate)
                .describedAs("Bring the schema up to date")
                .option(OptionSpec.withValue("to", "VERSION", "the schema version")
                    .ofType(int.class).required()))
            .command(Command.of("load", Shop::load)
                .describedAs("Load rows from a file")
                .option(OptionSpec.parameter("source", "SOURCE", "the file to load")
                    .ofType(Path.class).required())
                .option(OptionSpec.withValue("format", "FORMAT", "how the file is written")
                    .withChoices("csv", "json").withDefault("csv"))))
        .andThen(Stage.POST_RUN, "print", inv -> {
          if (inv.flag("verbose")) {
            System.out.println("shop: ran " + inv.command());
          }
          System.out.println(inv.result());
          return inv;
        });
    // end::program[]
  }

  // tag::bodies[]
  static String serve(Invocation inv) {
    int port = inv.option("port", Integer.class).orElseThrow();
    return "serving on port " + port + ", " + inv.option("mode", Mode.class).orElseThrow();
  }

  static String migrate(Invocation inv) {
    String url = inv.config(Db.class).url();
    int version = inv.option("to", Integer.class).orElseThrow();
    return (inv.flag("dry-run") ? "would migrate " : "migrated ") + url + " to version " + version;
  }

  static String load(Invocation inv) {
    Path source = inv.option("source", Path.class).orElseThrow();
    String format = inv.option("format").orElseThrow();
    return "loaded " + source + " as " + format + " with " + inv.config(Db.class).pool() + " connections";
  }
  // end::bodies[]

  /** Runs the program. */
  public static void main(String[] args) {
    System.exit(app().wake(args));
  }
}

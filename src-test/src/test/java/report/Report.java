package report;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.Stage;

/**
 * The guide's program of option groups: one command whose options form a group of one at most, one of exactly one and
 * one of all or none. The chapter includes its tagged region, and its transcript runs it.
 */
public final class Report {

  private Report() {}

  /** Returns the program. */
  public static App app() {
    // tag::program[]
    return App.named("report")
        .command(Command.of("export", Report::export)
            .option(OptionSpec.flag("daily", "the day's rows").exactlyOneIn("Period"))
            .option(OptionSpec.flag("weekly", "the week's rows").exactlyOneIn("Period"))
            .option(OptionSpec.flag("json", "write JSON").exclusiveIn("Format"))
            .option(OptionSpec.flag("csv", "write CSV").exclusiveIn("Format"))
            .option(OptionSpec.withValue("user", "NAME", "who signs the export").togetherIn("Signature"))
            .option(OptionSpec.withValue("key", "FILE", "their key").togetherIn("Signature")))
        .andThen(Stage.POST_RUN, "print", inv -> {
          System.out.println(inv.result());
          return inv;
        });
    // end::program[]
  }

  static String export(Invocation inv) {
    String format = inv.flag("json") ? "JSON" : inv.flag("csv") ? "CSV" : "text";
    return "exported " + (inv.flag("daily") ? "the day's" : "the week's") + " rows as " + format
        + inv.option("user").map(user -> ", signed by " + user).orElse("");
  }

  /** Runs the program. */
  public static void main(String[] args) {
    System.exit(app().wake(args));
  }
}

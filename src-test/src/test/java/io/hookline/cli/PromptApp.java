package io.hookline.cli;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.Stage;

/**
 * The program {@link PromptsTest} runs on a terminal: {@code login} asks for a user, a secret password and a port left
 * out of its command line, and prints what it got (the password as its length, and what the process's environment
 * holds of it); {@code drop} asks for a confirmation that {@code --yes} skips.
 */
public final class PromptApp {

  /** A value to sweep. */
  public record Attempt(int n) {
    public Attempt() {
      this(1);
    }
  }

  private PromptApp() {}

  /** Returns the program. */
  public static App app() {
    // tag::program[]
    return App.named("vault")
        .command(Command.of("login", PromptApp::login)
            .config(ConfigSpec.of(Attempt.class))
            .override(Stage.CONFIG, DefaultHooks.LOAD, DefaultHooks.load(LoadOptions.defaults()
                .whenMissing(WhenMissing.USE_DEFAULTS)))
            .option(OptionSpec.withValue("user", "NAME", "who logs in").required().prompted("User name"))
            .option(OptionSpec.withValue("password", "WORD", "their password").required().secret()
                .prompted("Password"))
            .option(OptionSpec.withValue("port", "N", "where").ofType(int.class).prompted("Port")))
        .command(Command.of("drop", inv -> "dropped every table")
            .option(OptionSpec.flag("yes", "drop without asking").prompted("Drop every table?")))
        .andThen(Stage.POST_RUN, "print", inv -> {
          System.out.println(inv.result());
          return inv;
        });
    // end::program[]
  }

  private static String login(Invocation inv) {
    String password = inv.option("password").orElseThrow();
    return "job " + inv.config(Attempt.class).n() + ": " + inv.option("user").orElseThrow() + " with "
        + password.length() + " characters" + inv.option("port", Integer.class).map(port -> " on port " + port)
        .orElse("") + (System.getenv("HOOKLINE_SECRET_PASSWORD") == null ? "" : " (from the environment)");
  }

  /** Runs the program. */
  public static void main(String[] args) {
    System.exit(app().wake(args));
  }
}

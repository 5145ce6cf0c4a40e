// tag::program[]
package greet;

import io.hookline.App;
import io.hookline.Stage;

/** The getting-started program: one command, {@code hello}, whose config is a record with defaults. */
public final class Greet {

  /** The greeting's config: the record's constructor without arguments gives its defaults. */
  public record Greeting(String name, String message, int times) {
    public Greeting() {
      this("World", "Hello", 1);
    }
  }

  /** Returns the program. */
  public static App app() {
    return App.named("greet")
        .describedAs("Greets, as configured.")
        .command("hello", Greeting.class, g -> (g.message() + ", " + g.name() + "!\n").repeat(g.times()))
        .andThen(Stage.POST_RUN, "print", inv -> {
          System.out.print(inv.result());
          return inv;
        });
  }

  /** Runs the program and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(app().wake(args));
  }
}
// end::program[]

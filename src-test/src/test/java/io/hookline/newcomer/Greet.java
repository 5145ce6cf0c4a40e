package io.hookline.newcomer;

import io.hookline.App;
import io.hookline.Stage;

/** The README's Java quick start, as a newcomer copies it, with a sweep of its greetings printed by each job. */
public final class Greet {

  /** The greeting's config. */
  public record Greeting(String message, String name, int times) {
    /** The defaults. */
    public Greeting() {
      this("Hello", "World", 1);
    }
  }

  private Greet() {}

  /** Runs the app. */
  public static void main(String[] args) {
    System.exit(App.named("greet")
        .command("hello", Greeting.class, g -> (g.message() + ", " + g.name() + "!\n").repeat(g.times()))
        .andThen(Stage.POST_RUN, "print", inv -> {
          System.out.print(inv.result());
          return inv;
        })
        .wake(args));
  }
}

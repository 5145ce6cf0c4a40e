package io.hookline.newcomer;

import io.hookline.dsl.Hookline;

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
    System.exit(Hookline.app("greet")
        .command("hello", Greeting.class, g -> (g.message() + ", " + g.name() + "!\n").repeat(g.times()))
        .postRun("print", inv -> {
          System.out.print(inv.result());
          return inv;
        })
        .wake(args));
  }
}

package quickstart;

import io.hookline.dsl.Hookline;

public final class Quickstart {

  public record Greeting(String message, String name, int times) {
    public Greeting() {
      this("Hello", "World", 1);
    }
  }

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

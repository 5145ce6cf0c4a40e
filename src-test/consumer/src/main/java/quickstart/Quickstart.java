package quickstart;

import io.hookline.App;
import io.hookline.Stage;

public final class Quickstart {

  public record Greeting(String message, String name, int times) {
    public Greeting() {
      this("Hello", "World", 1);
    }
  }

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

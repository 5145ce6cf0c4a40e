package io.hookline.benchmarks.process;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.OutputDirs;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Hookline side of the whole-process benchmark: {@code greet hello name=Ada} loads {@code greeting.yaml}, applies
 * the override, tells two callbacks, and prints the greeting. With {@code -m} it is a multirun; the system property
 * {@code outputs=true} turns output directories on, and {@code journal=false} turns the journal off.
 */
public final class HookGreet {

  /** The config. */
  public record Greeting(String message, String name) {
    public Greeting() {
      this("Hello", "World");
    }
  }

  private HookGreet() {}

  /** Directories if {@code -Doutputs=true}; otherwise the journal alone, or nothing with {@code -Djournal=false}. */
  private static OutputDirs outputs() {
    if (Boolean.getBoolean("outputs")) {
      return OutputDirs.defaults();
    }
    return Boolean.parseBoolean(System.getProperty("journal", "true")) ? OutputDirs.off()
        : OutputDirs.off().withoutJournal();
  }

  /** Runs the program. */
  public static void main(String[] args) {
    AtomicInteger events = new AtomicInteger();
    Callback counter = new Callback() {
      @Override
      public void onJobStart(JobContext job) {
        events.incrementAndGet();
      }

      @Override
      public void onJobEnd(JobContext job, JobReturn result) {
        events.incrementAndGet();
      }
    };
    App app = App.named("greet")
        .outputs(outputs())
        .callback("first", counter)
        .callback("second", counter)
        .command(Command.of("hello", inv -> {
          Greeting greeting = inv.config(Greeting.class);
          System.out.println(greeting.message() + ", " + greeting.name() + "!");
          return null;
        }).config(ConfigSpec.of(Greeting.class)));
    System.exit(app.wake(args));
  }
}

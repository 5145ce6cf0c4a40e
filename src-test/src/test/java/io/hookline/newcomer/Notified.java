package io.hookline.newcomer;

import greet.Greet;
import io.hookline.App;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import java.nio.file.Path;

/** The quick start with callbacks declared in a file, as the guide declares {@code Notify}. */
public final class Notified {

  private Notified() {}

  /** The guide's callback: a plain class, compiled as a build compiles it by default. */
  // tag::notify[]
  public static final class Notify implements Callback {
    private final String channel;
    private final int retries;

    /** Notifies {@code channel}, trying {@code retries} times. */
    public Notify(String channel, int retries) {
      this.channel = channel;
      this.retries = retries;
    }

    /** Notifies {@code channel}, trying three times. */
    public Notify(String channel) {
      this(channel, 3);
    }

    @Override
    public void onJobEnd(JobContext job, JobReturn result) {
      System.out.println("notify " + channel + " (" + retries + " tries): job #" + job.number() + " "
          + result.status());
    }
  }
  // end::notify[]

  /** Runs the app. */
  public static void main(String[] args) {
    System.exit(App.named("greet")
        .callbacksFrom(Path.of("callbacks.yaml"))
        .command("hello", Greet.Greeting.class, g -> g.message() + ", " + g.name() + "!")
        .wake(args));
  }
}

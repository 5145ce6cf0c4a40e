package io.hookline.examples.factory;

/** The greet command: its config and a {@link Clock}, which only the factory can give it. */
public final class Greeter {

  private final Greeting greeting;
  private final Clock clock;

  /** Builds the command from its config and the clock. */
  public Greeter(Greeting greeting, Clock clock) {
    this.greeting = greeting;
    this.clock = clock;
  }

  /** Returns the greeting for the time of day. */
  public String run() {
    return (clock.hour() < 12 ? "Good morning, " : "Good evening, ") + greeting.name() + "!";
  }
}

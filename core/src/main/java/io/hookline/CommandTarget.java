package io.hookline;

import java.util.Objects;

/**
 * What a command runs: a {@link Lambda}, a {@link Body} written as a lambda or a method reference, or a {@link Type}, a class that the init stage builds and
 * the run stage runs. The two are all there is, so a hook can tell them apart with {@code instanceof} and miss none.
 */
public sealed interface CommandTarget permits CommandTarget.Lambda, CommandTarget.Type {

  /** Returns the target that runs {@code body}. */
  static CommandTarget of(Body body) {
    return new Lambda(body);
  }

  /** Returns the target built from {@code type}'s public constructor and run by its public {@code run()} method. */
  static CommandTarget of(Class<?> type) {
    return new Type(type);
  }

  /**
   * A command written as a lambda or a method reference; it is its own instance.
   *
   * @param body what runs
   */
  record Lambda(Body body) implements CommandTarget {
    /** Checks the body. */
    public Lambda {
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * A command written as a class.
   *
   * @param type the class, built by the init stage
   */
  record Type(Class<?> type) implements CommandTarget {
    /** Checks the type. */
    public Type {
      Objects.requireNonNull(type, "type");
    }
  }
}

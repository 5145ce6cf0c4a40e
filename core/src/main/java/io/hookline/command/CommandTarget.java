package io.hookline.command;

import java.util.Objects;

/**
 * What a command runs: a {@link Body} written as a lambda, or a {@link Type}, a class that the init stage builds and
 * the run stage runs. The two are all there is, so a hook can tell them apart with {@code instanceof} and miss none.
 */
public sealed interface CommandTarget permits CommandTarget.Body, CommandTarget.Type {

  /** Returns the target that runs {@code body}. */
  static CommandTarget of(CommandBody body) {
    return new Body(body);
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
  record Body(CommandBody body) implements CommandTarget {
    /** Checks the body. */
    public Body {
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

package io.hookline.cli;

import io.hookline.OptionSpec;
import java.util.List;

/**
 * The option names Hookline keeps for itself, so that no app or command option can take one and be surprised at run
 * time.
 *
 * <p>Contract: {@link #COMMAND} names are understood after every command's name; {@link #APP} names before it, as the
 * first argument. {@link #check} rejects an option that takes any of them, when the option is registered. Names that
 * later versions will use are reserved already, so that adding them breaks no program.
 */
public final class ReservedNames {

  /** The options of every command, as {@link Reserved} declares them. */
  public static final List<String> COMMAND = names(Reserved.at(Reserved.Place.COMMAND));

  /**
   * The options of the app itself, given before the command: help, completion, the worker protocol, rerun and resume,
   * the version and the manual, reserved. ({@code --cfg} is not reserved: coma's own example gives a command a {@code --cfg FILE}
   * option.)
   */
  public static final List<String> APP = List.of("h", "help", "completion", "hookline-worker", "version", "rerun",
      "resume", "man");

  /** Returns the names of {@code options}, in order. */
  private static List<String> names(List<Reserved> options) {
    List<String> names = new java.util.ArrayList<>();
    for (Reserved option : options) {
      names.addAll(option.names());
    }
    return List.copyOf(names);
  }

  private ReservedNames() {}

  /**
   * Checks that {@code option}, registered by {@code owner} (an app or a command, for the message), takes no
   * reserved name.
   *
   * @throws IllegalArgumentException if it does
   */
  public static void check(String owner, OptionSpec option) {
    for (String name : option.names()) {
      if (COMMAND.contains(name) || APP.contains(name)) {
        throw new IllegalArgumentException(owner + ": the option name '" + name + "' is reserved for Hookline");
      }
    }
  }

  /**
   * Checks that {@code option}, an eager option of the app, takes no reserved name and none of {@code others}, the
   * app's eager options so far.
   *
   * @throws IllegalArgumentException if it does
   */
  public static void checkApp(OptionSpec option, List<OptionSpec> others) {
    check("the app", option);
    for (OptionSpec other : others) {
      for (String name : option.names()) {
        if (other.names().contains(name)) {
          throw new IllegalArgumentException("the app: the eager option '" + name + "' is there already");
        }
      }
    }
  }
}

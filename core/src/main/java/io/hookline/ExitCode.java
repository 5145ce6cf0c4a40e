package io.hookline;

/**
 * The exit codes of a Hookline program, as {@link App#wake} returns them.
 *
 * <ul>
 *   <li>{@value #OK}: the command ran and returned;
 *   <li>{@value #FAILED}: the command (or a hook) threw; the error was reported with its stack trace;
 *   <li>{@value #USAGE}: bad input: an unknown command, option or key, a malformed override, a config file that does
 *       not parse or fit; reported in one line, without a stack trace;
 *   <li>{@value #INTERRUPTED}: the run was interrupted (Ctrl-C).
 * </ul>
 */
public final class ExitCode {

  /** The command ran and returned. */
  public static final int OK = 0;

  /** The command, or a hook, threw. */
  public static final int FAILED = 1;

  /** Bad input from the person running the program. */
  public static final int USAGE = 2;

  /** The run was interrupted. */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}
}

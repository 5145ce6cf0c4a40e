package io.hookline.command;

/**
 * Bad input from the person running the program: an unknown command or option, a malformed override, a config file
 * that does not parse or does not fit its config.
 *
 * <p>Contract: the message is one line that names what is wrong and where (the config, the key, the file and line,
 * or "command line"), with suggestions where they help. Hookline shows it as it is, with no stack trace, and exits
 * with code 2. Programming errors in hooks or commands are never reported as an {@code InputException}.
 */
public class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its one-line message. */
  public InputException(String message) {
    super(message, null, false, false);
  }
}

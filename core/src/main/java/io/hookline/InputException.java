package io.hookline;

/**
 * Bad input from the person running the program: an unknown command or option, a malformed override, a config file
 * that does not parse or does not fit its config.
 *
 * <p>Contract: the message is one line that names what is wrong and where (the config, the key, the file and line,
 * or "command line"), with suggestions where they help. Hookline shows it as it is, with no stack trace, and exits
 * with code 2. Control characters in the message (a newline typed into an override, say) are shown escaped, as
 * {@code \n}, so that the message stays one line whatever the input held. Programming errors in hooks or commands
 * are never reported as an {@code InputException}.
 */
public class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its one-line message. */
  public InputException(String message) {
    super(oneLine(message), null, false, false);
  }

  /** Returns {@code message} with its control characters escaped, as one line. */
  static String oneLine(String message) {
    StringBuilder line = new StringBuilder(message.length());
    message.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        case '\t' -> line.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
            line.append(String.format("\\u%04x", c));
          } else {
            line.appendCodePoint(c);
          }
        }
      }
    });
    return line.toString();
  }
}

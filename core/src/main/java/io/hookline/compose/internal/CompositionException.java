package io.hookline.compose.internal;

import io.hookline.InputException;
import java.util.Objects;

/**
 * A composition that cannot be made: a config, group or option that does not exist, a defaults list that does not
 * hold together, or a command-line choice that matches nothing.
 *
 * <p>Contract: an {@link InputException}, so one line and exit code 2, that also carries a {@link Code}: the codes are
 * stable, so a program or a test can tell the failures apart without reading the message. The message names the
 * config and the file and line at fault, and lists what is available where that helps.
 */
public final class CompositionException extends InputException {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Code {
    /** A source of the search path, or the primary config, is missing. */
    MISSING_SOURCE,
    /** A config named by a defaults list is in no source. */
    MISSING_CONFIG,
    /** A group has no such option. */
    UNKNOWN_OPTION,
    /** No source has such a group. */
    UNKNOWN_GROUP,
    /** A file is not what a config file must be: its header, its defaults list, its shape. */
    MALFORMED,
    /** A group is chosen twice. */
    MULTIPLE_VALUES,
    /** A command-line choice, deletion or {@code override} entry matches no entry of the defaults tree. */
    NO_MATCH,
    /** An {@code override} entry comes before an entry it would change. */
    OVERRIDE_ORDER,
    /** A group marked {@code ???} has no option chosen. */
    MANDATORY,
    /** The {@code override} entries change each other's subtrees without end. */
    NOT_SETTLED,
    /** An interpolation in a defaults list names no choice. */
    INTERPOLATION,
    /** A value override names no key, or adds one that is there or cannot be added. */
    VALUE_OVERRIDE
  }

  private final Code code;

  /** Creates the exception with its code and one-line message. */
  public CompositionException(Code code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Returns what went wrong. */
  public Code code() {
    return code;
  }
}

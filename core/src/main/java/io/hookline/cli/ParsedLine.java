package io.hookline.cli;

import io.hookline.failure.internal.FailureLimit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the command line said after the command's name.
 *
 * @param options option values by {@code dest}; a flag that was given maps to an empty list, a negatable one to
 *     {@code true} or {@code false}, a counted one to its count
 * @param overrides the remaining arguments, each an override, in order
 * @param reserved the {@linkplain Reserved reserved options} given
 * @param warnings what the line asks for that still works but should change, as a deprecated option, each a line
 */
public record ParsedLine(Map<String, List<String>> options, List<String> overrides, Reserved.Given reserved,
    List<String> warnings) {

  /** Returns whether {@code -h} or {@code --help} was given. */
  public boolean help() {
    return reserved.has(Reserved.HELP);
  }

  /** Returns whether {@code -m} or {@code --multirun} was given. */
  public boolean multirun() {
    return reserved.has(Reserved.MULTIRUN);
  }

  /** Returns the file that declares the sweep ({@code --sweep FILE}), or {@code null} for none. */
  public @Nullable String sweepFile() {
    return reserved.value(Reserved.SWEEP);
  }

  /**
   * Returns the multirun's failure policy: the failures after which it starts no more jobs ({@code --fail-fast} is 1,
   * {@code --max-failures N} is N, none is 0), and whether it stops the running jobs then ({@code --stop-running}).
   */
  public FailureLimit failureLimit() {
    return reserved.failureLimit();
  }

  /** Returns each job's time limit ({@code --job-timeout}), or {@code null} for none. */
  public @Nullable Duration jobTimeout() {
    return reserved.jobTimeout();
  }

  /** Returns whether a multirun keeps its start line and, when every job completed, its end line to itself. */
  public boolean quiet() {
    return reserved.has(Reserved.QUIET);
  }
}

package io.hookline.cli;

import io.hookline.runtime.internal.FailureLimit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the command line said after the command's name.
 *
 * @param options option values by {@code dest}; a flag that was given maps to an empty list
 * @param overrides the remaining arguments, each an override, in order
 * @param help whether {@code -h} or {@code --help} was given
 * @param multirun whether {@code -m} or {@code --multirun} was given
 * @param failureLimit the multirun's failure policy: the failures after which it starts no more jobs
 *     ({@code --fail-fast} is 1, {@code --max-failures N} is N, none is 0), and whether it stops the running jobs then
 *     ({@code --stop-running})
 * @param jobTimeout each job's time limit ({@code --job-timeout}), or {@code null} for none
 * @param sweepFile the file that declares the sweep ({@code --sweep FILE}), or {@code null} for none
 * @param quiet whether a multirun keeps its start line and, when every job completed, its end line to itself
 *     ({@code --quiet})
 */
public record ParsedLine(Map<String, List<String>> options, List<String> overrides, boolean help, boolean multirun,
    FailureLimit failureLimit, @Nullable Duration jobTimeout, @Nullable String sweepFile, boolean quiet) {}

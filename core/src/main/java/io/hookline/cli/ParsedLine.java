package io.hookline.cli;

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
 * @param maxFailures the failures after which a multirun starts no more jobs ({@code --fail-fast} is 1,
 *     {@code --max-failures N} is N), or 0 for no limit
 * @param jobTimeout each job's time limit ({@code --job-timeout}), or {@code null} for none
 * @param sweepFile the file that declares the sweep ({@code --sweep FILE}), or {@code null} for none
 */
public record ParsedLine(Map<String, List<String>> options, List<String> overrides, boolean help, boolean multirun,
    int maxFailures, @Nullable Duration jobTimeout, @Nullable String sweepFile) {}

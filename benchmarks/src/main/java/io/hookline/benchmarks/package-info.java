/**
 * JMH benchmarks. Each compares Hookline with a hand-written baseline measured in the same run; results are recorded
 * in {@code benchmarks/RESULTS.md} with the command that produced them.
 */
@NullMarked
package io.hookline.benchmarks;

import org.jspecify.annotations.NullMarked;

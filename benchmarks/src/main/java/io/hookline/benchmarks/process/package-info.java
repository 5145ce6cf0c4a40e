/** The programs the whole-process benchmark ({@code benchmarks/process/run.sh}) starts and times. */
@NullMarked
package io.hookline.benchmarks.process;

import org.jspecify.annotations.NullMarked;

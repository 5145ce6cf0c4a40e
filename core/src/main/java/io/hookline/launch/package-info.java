/**
 * Launchers: where and how the jobs of a multirun run. A {@link io.hookline.launch.LocalLauncher} runs
 * {@link io.hookline.launch.Job}s in this JVM; a {@link io.hookline.launch.WorkerLauncher} has each
 * {@link io.hookline.launch.WorkerJob} run by another process of the same program. A
 * {@link io.hookline.launch.LauncherProvider} makes a launcher choosable on the command line. The output directories of
 * runs and jobs are {@link io.hookline.OutputDirs}.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.launch;

import org.jspecify.annotations.NullMarked;

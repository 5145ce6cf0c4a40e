/**
 * For extenders, and for users who choose a launcher in code: where and how the jobs of a multirun run. A
 * {@link io.hookline.launch.LocalLauncher} runs {@link io.hookline.launch.LocalLauncher.Job}s in this JVM; a
 * {@link io.hookline.launch.WorkerLauncher} has each {@link io.hookline.launch.WorkerLauncher.Job} run by another
 * process of the same program, such as the {@link io.hookline.launch.ProcessLauncher} and the
 * {@link io.hookline.launch.SlurmLauncher}. A {@link io.hookline.launch.Launcher.Provider} makes a launcher choosable
 * on the command line.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.launch;

import org.jspecify.annotations.NullMarked;

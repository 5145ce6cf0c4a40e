/**
 * Launchers: where and how the jobs of a multirun run ({@link io.hookline.launch.Launcher}: sequential or parallel), and the output directories of runs and jobs ({@link io.hookline.launch.OutputDirs}).
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.launch;

import org.jspecify.annotations.NullMarked;

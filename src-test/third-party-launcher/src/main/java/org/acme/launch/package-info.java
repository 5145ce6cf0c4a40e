/**
 * A launcher written outside Hookline: {@link org.acme.launch.ShuffledLauncher}, found through its
 * {@link org.acme.launch.ShuffledLauncherProvider}.
 */
@NullMarked
package org.acme.launch;

import org.jspecify.annotations.NullMarked;

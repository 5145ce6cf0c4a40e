/**
 * The built-in launchers. Not API.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.launch.internal;

import org.jspecify.annotations.NullMarked;

/**
 * How an app runs a command, once or as a multirun, with its callbacks around it. Not API.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.runtime.internal;

import org.jspecify.annotations.NullMarked;

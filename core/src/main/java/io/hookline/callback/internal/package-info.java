/**
 * How callbacks declared in config files are created. Not API.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 *
 * <p>A type here is public only where another of Hookline's packages uses it; none of them is API.
 */
@NullMarked
package io.hookline.callback.internal;

import org.jspecify.annotations.NullMarked;

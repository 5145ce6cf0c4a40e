/**
 * How callbacks declared in config files are created. Not API.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.callback.internal;

import org.jspecify.annotations.NullMarked;

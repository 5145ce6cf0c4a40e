/**
 * How composition works: the search path, config files with their headers and defaults lists, the defaults tree with
 * its choices, the merge, and the command line's value overrides.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 *
 * <p>A type here is public only where another of Hookline's packages uses it; none of them is API.
 */
@NullMarked
package io.hookline.compose.internal;

import org.jspecify.annotations.NullMarked;

/**
 * How composition works: the search path, config files with their headers and defaults lists, the defaults tree with
 * its choices, the merge, and the command line's value overrides.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.compose.internal;

import org.jspecify.annotations.NullMarked;

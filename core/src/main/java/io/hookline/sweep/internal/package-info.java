/**
 * The sweep grammar's internals: the values of a swept override and its sweep functions.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.sweep.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The sweep grammar ({@code Sweep}): the values of a swept override, its sweep functions, and its expansion into
 * jobs; and the built-in sweepers' providers. Not API.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 *
 * <p>A type here is public only where another of Hookline's packages uses it; none of them is API.
 */
@NullMarked
package io.hookline.sweep.internal;

import org.jspecify.annotations.NullMarked;

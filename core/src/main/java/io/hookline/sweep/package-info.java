/**
 * Multirun sweeps: the grammar of swept overrides ({@code a=1,2}, {@code range(...)}, {@code choice(...)}, the
 * functions that reorder and convert, paired {@code zip(...)}) and their expansion into jobs, in
 * {@link io.hookline.sweep.Sweep}.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.sweep;

import org.jspecify.annotations.NullMarked;

/**
 * For extenders, and for users who choose a sweeper in code: how a multirun chooses its jobs. A
 * {@link io.hookline.sweep.Sweeper} starts a {@link io.hookline.sweep.Sweeper.Search} over a sweep's overrides
 * ({@code a=1,2}, {@code range(...)}, {@code choice(...)}), which proposes batches of jobs and learns from their
 * returns; {@link io.hookline.sweep.Halving} is successive halving. A
 * {@link io.hookline.sweep.Sweeper.Provider} makes a sweeper choosable on the command line.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.sweep;

import org.jspecify.annotations.NullMarked;

/**
 * The failure model: which failures exist ({@link io.hookline.failure.Failure.Kind}), how each is carried as a value
 * ({@link io.hookline.failure.Failure}), and how many outcomes make one exit code
 * ({@link io.hookline.failure.ExitCode}). Every other package uses this vocabulary; this package uses none of theirs.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.failure;

import org.jspecify.annotations.NullMarked;

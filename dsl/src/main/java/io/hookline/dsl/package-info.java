/**
 * The fluent front door: {@link io.hookline.dsl.Hookline#app(String)} builds a program, and typed command bodies
 * ({@link io.hookline.dsl.Body1} to {@link io.hookline.dsl.Body4}) receive their configs without casts. Every lambda
 * parameter comes last, for Kotlin's trailing-lambda syntax.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.dsl;

import org.jspecify.annotations.NullMarked;

/**
 * Hookline's front door: an {@link io.hookline.App} holds a program's commands, global hooks and configs;
 * {@link io.hookline.App#wake} runs it and returns its {@link io.hookline.failure.ExitCode exit code}, and
 * {@link io.hookline.App#invoke} returns an {@link io.hookline.runtime.Outcome} for tests and embedding.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline;

import org.jspecify.annotations.NullMarked;

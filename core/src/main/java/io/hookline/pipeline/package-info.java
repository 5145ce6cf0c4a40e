/**
 * For users and extenders: the algebra everything in Hookline is built from. {@link io.hookline.pipeline.Hook Hooks}
 * turn a state into the next state, {@link io.hookline.pipeline.Around arounds} wrap steps the way an interceptor
 * wraps a call, and the immutable, keyed {@link io.hookline.pipeline.Pipeline} composes them.
 *
 * <p>The ordering rule, stated once: hooks run in the order they were added, and an around wraps every step added
 * before it, so the newest around is the outermost. Before-and-after pairs compiled into arounds therefore start in
 * the order they were added and end in the reverse order.
 *
 * <p>This package depends on nothing else in Hookline. Nothing in it is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.pipeline;

import org.jspecify.annotations.NullMarked;

/**
 * The front half of an invocation: reading the arguments into what they ask for (a run, a rerun, a resume, a worker's
 * job, help), checking it, and handing it to the runtime; the app's parts as the builder left them; the shutdown
 * guard. Not API.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 *
 * <p>A type here is public only where another of Hookline's packages uses it; none of them is API.
 */
@NullMarked
package io.hookline.internal;

import org.jspecify.annotations.NullMarked;

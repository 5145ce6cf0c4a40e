/**
 * The runtime: what one invocation of an app came to ({@link io.hookline.runtime.Outcome}). The runtime runs a command
 * once or as a sweep of jobs, with the callbacks around them, and is the one owner of the failure model: it turns
 * whatever a job, a callback or a launcher did into {@link io.hookline.callback.JobReturn}s and one exit code.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.runtime;

import org.jspecify.annotations.NullMarked;

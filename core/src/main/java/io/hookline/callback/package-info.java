/**
 * Callbacks: objects notified when runs, multiruns and jobs start and end ({@link io.hookline.callback.Callback}), the contexts they receive, and each job's {@link io.hookline.callback.JobReturn}.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.callback;

import org.jspecify.annotations.NullMarked;

/**
 * For users: callbacks, objects notified when runs, multiruns and jobs start and end
 * ({@link io.hookline.callback.Callback}), the contexts they receive, and each job's
 * {@link io.hookline.callback.JobReturn}; and the two callbacks Hookline ships, which a config file can name as a
 * {@code _target_}.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.callback;

import org.jspecify.annotations.NullMarked;

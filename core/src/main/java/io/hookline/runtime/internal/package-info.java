/**
 * The back half of an invocation: running a command once or as a multirun, its batches on a launcher, with its
 * callbacks' events around them, the journal, the failure policy, the progress line and the reports on the error
 * stream. Each boundary here is total: it returns an outcome for whatever happens inside it. Not API.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 *
 * <p>A type here is public only where another of Hookline's packages uses it; none of them is API.
 */
@NullMarked
package io.hookline.runtime.internal;

import org.jspecify.annotations.NullMarked;

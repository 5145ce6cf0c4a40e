/**
 * What the failure model needs inside: reading a throwable's chain of causes safely, and the two exceptions a job's
 * return may carry that users read but never throw (a job's time limit, a worker's failure). Not API; its types are
 * public only because the runtime and the launchers, in other packages, use them.
 */
@NullMarked
package io.hookline.failure.internal;

import org.jspecify.annotations.NullMarked;

/** What the failure model needs inside: reading a throwable's chain of causes safely. */
@NullMarked
package io.hookline.failure.internal;

import org.jspecify.annotations.NullMarked;

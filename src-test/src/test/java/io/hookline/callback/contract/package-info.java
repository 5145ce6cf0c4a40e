/** The callback contract of the testkit, run against Hookline's own callbacks. */
@NullMarked
package io.hookline.callback.contract;

import org.jspecify.annotations.NullMarked;

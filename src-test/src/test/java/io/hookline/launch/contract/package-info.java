/** The launcher contract of the testkit, run against each launcher: Hookline's four and one from another jar. */
@NullMarked
package io.hookline.launch.contract;

import org.jspecify.annotations.NullMarked;

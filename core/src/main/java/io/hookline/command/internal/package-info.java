/**
 * The work behind the default hooks: loading configs and applying overrides, building a command and running it. Not
 * API: anything here may change in any release.
 *
 * <p>A type here is public only where another of Hookline's packages uses it; none of them is API.
 */
@NullMarked
package io.hookline.command.internal;

import org.jspecify.annotations.NullMarked;

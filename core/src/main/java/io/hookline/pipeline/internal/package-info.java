/**
 * How pipelines are stored and run: the persistent step table and the compiled plan. Not API: anything here may
 * change in any release.
 *
 * <p>A type here is public only where another of Hookline's packages uses it; none of them is API.
 */
@NullMarked
package io.hookline.pipeline.internal;

import org.jspecify.annotations.NullMarked;

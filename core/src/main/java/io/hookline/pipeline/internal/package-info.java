/**
 * How pipelines are stored and run: the persistent step table and the compiled plan. Not API: anything here may
 * change in any release.
 */
@NullMarked
package io.hookline.pipeline.internal;

import org.jspecify.annotations.NullMarked;

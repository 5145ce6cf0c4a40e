/**
 * Runnable example programs. {@link io.hookline.examples.PipelineTour} shows the pipeline algebra.
 */
@NullMarked
package io.hookline.examples;

import org.jspecify.annotations.NullMarked;

/**
 * The testkit: what users need to property-test their own hooks with jqwik. {@link io.hookline.testkit.Trace} and
 * {@link io.hookline.testkit.Tracing} make the order of steps visible, and
 * {@link io.hookline.testkit.PipelineArbitraries} generates pipelines to check them against.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.testkit;

import org.jspecify.annotations.NullMarked;

/**
 * The scheduled trainer: {@link io.hookline.examples.scheduled.ScheduledTrainerApp}, whose composed configs name the
 * objects they build, as Hydra's {@code instantiate} does, and call a resolver of the app's own.
 */
@NullMarked
package io.hookline.examples.scheduled;

import org.jspecify.annotations.NullMarked;

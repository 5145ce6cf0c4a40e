/**
 * The trainer example: {@link io.hookline.examples.trainer.TrainerApp}, a program with commands, configs, overrides,
 * callbacks and sweeps.
 */
@NullMarked
package io.hookline.examples.trainer;

import org.jspecify.annotations.NullMarked;

package io.hookline.examples.scheduled;

import java.util.function.IntToDoubleFunction;

/**
 * The scheduled trainer's config: its optimizer and schedule are objects the composed config builds.
 *
 * @param name what the run is called
 * @param steps how many steps it takes
 * @param seed the seed of its (simulated) randomness
 * @param optimizer how it moves its weights
 * @param schedule its learning rate at each step
 */
// tag::record[]
public record Run(String name, int steps, long seed, Optimizer optimizer, IntToDoubleFunction schedule) {}
// end::record[]

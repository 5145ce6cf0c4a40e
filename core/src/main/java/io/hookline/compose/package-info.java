/**
 * Config composition, as Hydra composes: a search path of config folders and class path roots, config groups whose
 * options are files, defaults lists that pick options, packages that place them, and command-line choices.
 * {@link io.hookline.compose.Composition} says where an app's configs come from; {@code App.compose} turns it on.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.compose;

import org.jspecify.annotations.NullMarked;

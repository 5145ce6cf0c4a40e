/**
 * A factory example: the app's command class and its declared callback get their collaborators from a plain
 * {@code Map}-backed factory, as they would from a dependency injection container.
 */
@NullMarked
package io.hookline.examples.factory;

import org.jspecify.annotations.NullMarked;

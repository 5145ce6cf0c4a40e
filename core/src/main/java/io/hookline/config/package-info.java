/**
 * Configs: how a config is declared ({@link io.hookline.config.ConfigSpec}) and the ordered, immutable
 * {@link io.hookline.config.Configs} of one invocation.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.config;

import org.jspecify.annotations.NullMarked;

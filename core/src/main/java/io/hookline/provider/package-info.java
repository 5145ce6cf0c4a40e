/**
 * Providers: the launchers and sweepers a user picks by name on the command line ({@code launcher=NAME},
 * {@code sweeper=NAME}) or in a composed config, each with its options. A {@link io.hookline.provider.Provider} is
 * found with {@link java.util.ServiceLoader}, declares its {@link io.hookline.provider.Provider.Option}s, and creates
 * its value from the {@link io.hookline.provider.ProviderOptions} given.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.provider;

import org.jspecify.annotations.NullMarked;

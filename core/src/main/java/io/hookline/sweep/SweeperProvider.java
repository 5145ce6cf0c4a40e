package io.hookline.sweep;

import io.hookline.Provider;

/**
 * Makes a sweeper choosable on the command line, as {@code sweeper=NAME sweeper.OPTION=VALUE}, or in a composed
 * config's {@code hookline.sweeper}, and lists it with its options in every command's help. Providers are found with
 * {@link java.util.ServiceLoader}: declare an implementation in
 * {@code META-INF/services/io.hookline.sweep.SweeperProvider}, or with {@code provides} in a module. Hookline's
 * sweepers, {@code grid}, {@code random} and {@code halving}, are provided the same way.
 *
 * <p>Contract: {@link Provider}'s.
 */
public interface SweeperProvider extends Provider<Sweeper> {}

package io.hookline.launch;

import io.hookline.Provider;

/**
 * Makes a launcher choosable on the command line, as {@code launcher=NAME launcher.OPTION=VALUE}, or in a composed
 * config's {@code hookline.launcher}, and lists it with its options in every command's help. Providers are found with
 * {@link java.util.ServiceLoader}: declare an implementation in
 * {@code META-INF/services/io.hookline.launch.LauncherProvider}, or with {@code provides} in a module. Hookline's four
 * launchers are provided the same way.
 *
 * <p>Contract: {@link Provider}'s.
 */
public interface LauncherProvider extends Provider<Launcher> {}

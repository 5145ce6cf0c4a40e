package io.hookline.launch.internal;

import io.hookline.failure.InfrastructureException;
import io.hookline.launch.LauncherProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The launcher providers found with {@link ServiceLoader}: Hookline's four first, in the order the help shows them,
 * then the others by name.
 *
 * <p>Contract: found once per class loader that asks. Two providers of one name, a provider whose class cannot be
 * loaded, or one whose name is not a launcher name, is a packaging fault of the program: an
 * {@link InfrastructureException} that names the classes, thrown when a launcher is looked up or listed.
 */
public final class LauncherProviders {

  private static final List<String> BUILT_IN = List.of("sequential", "parallel", "process", "slurm");

  private LauncherProviders() {}

  /** Returns the providers visible to {@code loader}, by name. */
  public static Map<String, LauncherProvider> find(ClassLoader loader) {
    List<LauncherProvider> found = new ArrayList<>();
    try {
      ServiceLoader.load(LauncherProvider.class, loader).forEach(found::add);
    } catch (ServiceConfigurationError e) {
      throw new InfrastructureException("a launcher provider cannot be loaded: " + e.getMessage(), e);
    }
    found.sort(Comparator.comparingInt((LauncherProvider provider) -> rank(provider.name()))
        .thenComparing(LauncherProvider::name));
    Map<String, LauncherProvider> byName = new LinkedHashMap<>();
    for (LauncherProvider provider : found) {
      String name = provider.name();
      if (!name.matches("[a-z][a-z0-9-]*")) {
        throw new InfrastructureException("launcher provider " + provider.getClass().getName() + " is named '" + name
            + "': a launcher's name is lower case letters, digits and dashes, starting with a letter");
      }
      LauncherProvider other = byName.putIfAbsent(name, provider);
      if (other != null && other.getClass() != provider.getClass()) {
        throw new InfrastructureException("two launcher providers are named '" + name + "': "
            + other.getClass().getName() + " and " + provider.getClass().getName());
      }
    }
    return byName;
  }

  /** Returns the providers visible to this thread's context class loader, or else to Hookline's. */
  public static Map<String, LauncherProvider> find() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return find(context != null ? context : LauncherProvider.class.getClassLoader());
  }

  private static int rank(String name) {
    int rank = BUILT_IN.indexOf(name);
    return rank < 0 ? BUILT_IN.size() : rank;
  }
}

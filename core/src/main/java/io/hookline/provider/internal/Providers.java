package io.hookline.provider.internal;

import io.hookline.InfrastructureException;
import io.hookline.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The providers of one kind found with {@link ServiceLoader}: Hookline's own first, in the order the help shows them,
 * then the others by name.
 *
 * <p>Contract: two providers of one name, a provider whose class cannot be loaded, or one whose name is not a
 * provider's name, is a packaging fault of the program: an {@link InfrastructureException} that names the classes.
 */
public final class Providers {

  private Providers() {}

  /**
   * Returns the providers of {@code type} visible to {@code loader}, by name; {@code kind} ({@code launcher}) names
   * them in errors, and {@code builtIn} lists Hookline's own in the order they come first.
   */
  public static <P extends Provider<?>> Map<String, P> find(Class<P> type, String kind, List<String> builtIn,
      ClassLoader loader) {
    List<P> found = new ArrayList<>();
    try {
      ServiceLoader.load(type, loader).forEach(found::add);
    } catch (ServiceConfigurationError e) {
      throw new InfrastructureException("a " + kind + " provider cannot be loaded: " + e.getMessage(), e);
    }
    found.sort(Comparator.comparingInt((P provider) -> rank(builtIn, provider.name())).thenComparing(Provider::name));
    Map<String, P> byName = new LinkedHashMap<>();
    for (P provider : found) {
      String name = provider.name();
      if (!name.matches("[a-z][a-z0-9-]*")) {
        throw new InfrastructureException(kind + " provider " + provider.getClass().getName() + " is named '" + name
            + "': a " + kind + "'s name is lower case letters, digits and dashes, starting with a letter");
      }
      for (String option : provider.options().keySet()) {
        if (!option.matches("[a-z][A-Za-z0-9]*(\\.NAME)?")) {
          throw new InfrastructureException(kind + " provider " + provider.getClass().getName() + " has an option named '"
              + option + "': an option's name is camelCase, with an optional '.NAME' for a family of options");
        }
      }
      P other = byName.putIfAbsent(name, provider);
      if (other != null && other.getClass() != provider.getClass()) {
        throw new InfrastructureException("two " + kind + " providers are named '" + name + "': "
            + other.getClass().getName() + " and " + provider.getClass().getName());
      }
    }
    return byName;
  }

  /** Returns this thread's context class loader, or else the one that loaded {@code type}. */
  public static ClassLoader loader(Class<?> type) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : type.getClassLoader();
  }

  private static int rank(List<String> builtIn, String name) {
    int rank = builtIn.indexOf(name);
    return rank < 0 ? builtIn.size() : rank;
  }
}

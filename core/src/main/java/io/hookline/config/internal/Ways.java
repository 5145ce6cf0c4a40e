package io.hookline.config.internal;

import io.hookline.config.internal.Targets.Site;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the ways to build what a {@code _target_} names: a class, by its creator and its public constructors; or a
 * static method, by every public static method of that name.
 *
 * <p>Contract: the class (or the method's class) is loaded without being initialised, with the thread's context class
 * loader or, without one, Hookline's; a nested class may be written with a dot. What a way makes must be a
 * {@code result}: a class that is not one, or a method none of whose overloads returns one, is refused before any of
 * its code runs. A class's creator, when its parameter names are known, comes first.
 */
final class Ways {

  /** How many classes deep a nested class may be written with dots. */
  static final int MAX_NESTING = 16;

  private Ways() {}

  /** Returns the ways to build {@code name} as a {@code result}, never none. */
  static List<Way> of(String name, Class<?> result, Site site) {
    Class<?> type = load(name);
    if (type != null) {
      if (!result.isAssignableFrom(type)) {
        throw site.error(Targets.TARGET, name + " is not a " + result.getName());
      }
      if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
        throw site.error(Targets.TARGET, name + " is " + (type.isInterface() ? "an interface" : "abstract")
            + "; name a class that implements it, or a static method that makes one");
      }
      List<Way> ways = new ArrayList<>();
      Creator creator = Creator.of(type);
      if (creator != null) {
        ways.add(new Way(type, creator, null));
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        ways.add(new Way(type, null, constructor));
      }
      if (ways.isEmpty()) {
        throw site.error(Targets.TARGET, name + " has no public constructor; name a static method that makes one");
      }
      return ways;
    }
    int dot = name.lastIndexOf('.');
    Class<?> owner = dot < 0 ? null : load(name.substring(0, dot));
    if (owner == null) {
      throw site.error(Targets.TARGET, "no class or static method " + name + " on the class path");
    }
    String method = name.substring(dot + 1);
    List<Way> ways = new ArrayList<>();
    boolean any = false;
    for (Method candidate : owner.getMethods()) {
      if (candidate.getName().equals(method) && Modifier.isStatic(candidate.getModifiers())) {
        any = true;
        if (candidate.getReturnType() != void.class
            && result.isAssignableFrom(ConstructorBinding.box(candidate.getReturnType()))) {
          ways.add(new Way(null, null, candidate));
        }
      }
    }
    if (ways.isEmpty()) {
      throw site.error(Targets.TARGET, any ? name + " does not return a " + result.getName()
          : "no class or static method " + name + "; " + owner.getName() + " has no public static method '" + method
              + "'");
    }
    return ways;
  }

  /**
   * Returns the class {@code name} names, not initialised, with a nested class's dots read as {@code $} (up to
   * {@value #MAX_NESTING} classes deep); or null.
   */
  private static @Nullable Class<?> load(String name) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Ways.class.getClassLoader();
    }
    String binary = name;
    for (int nesting = 0; nesting < MAX_NESTING; nesting++) { // a bound, so that a name of many dots costs little
      try {
        return Class.forName(binary, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = binary.lastIndexOf('.');
        if (dot < 0) {
          return null;
        }
        binary = binary.substring(0, dot) + '$' + binary.substring(dot + 1);
      }
    }
    return null;
  }
}

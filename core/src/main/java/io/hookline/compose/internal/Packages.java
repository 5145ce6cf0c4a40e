package io.hookline.compose.internal;

import io.hookline.compose.internal.CompositionException.Code;
import java.util.regex.Pattern;

/**
 * Group paths and packages: how they are checked, joined and resolved.
 *
 * <p>A group path is names joined by {@code /} ({@code server/db}); a package is names joined by {@code .}
 * ({@code server.db}), the empty package being the root. In an entry's or a header's package, {@code _here_} is the
 * package of the config that holds the entry, {@code _global_} the root, and {@code _global_.a.b} the absolute
 * package {@code a.b}; any other word between underscores is refused, so a misspelt keyword never becomes a key.
 */
public final class Packages {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_\\-]+");

  private Packages() {}

  /**
   * Checks that {@code path} is a group or config path: names joined by {@code /}, no {@code .} or {@code ..}.
   *
   * @throws CompositionException naming {@code where} if it is not
   */
  public static String checkPath(String path, String what, String where) {
    if (path.isEmpty()) {
      throw malformed(where, "an empty " + what);
    }
    for (String part : path.split("/", -1)) {
      if (part.equals("..") || part.equals(".")) {
        throw malformed(where, what + " '" + path + "' climbs with '" + part + "'; paths go down from the root of the"
            + " search path, or from the group of the config that holds them; write /group for the root");
      }
      if (!NAME.matcher(part).matches()) {
        throw malformed(where, "'" + path + "' is not a " + what + ": names of letters, digits, '_', '-' and '.',"
            + " joined by '/'");
      }
    }
    return path;
  }

  /** Returns whether {@code path} is a group or config path, as {@link #checkPath} requires. */
  static boolean isPath(String path) {
    for (String part : path.split("/", -1)) {
      if (!NAME.matcher(part).matches() || part.equals("..") || part.equals(".")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks a package as written after {@code @} or in a {@code # @package} header.
   *
   * @throws CompositionException naming {@code where} if it is not one
   */
  public static String checkPackage(String pkg, String where) {
    String[] parts = pkg.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean keyword = part.length() > 2 && part.startsWith("_") && part.endsWith("_");
      if (keyword && !(part.equals("_global_") && i == 0) && !(part.equals("_here_") && parts.length == 1)) {
        throw malformed(where, "package '" + pkg + "': " + (part.equals("_group_")
            ? "'_group_' is not a keyword; a group's own package is the default, and /group places it from the root"
            : "'" + part + "' is not a keyword; the keywords are _global_ (first) and _here_ (alone)"));
      }
      if (!keyword && !KEY.matcher(part).matches()) {
        throw malformed(where, "'" + pkg + "' is not a package: keys of letters, digits, '_' and '-', joined by '.'");
      }
    }
    return pkg;
  }

  /**
   * Returns the absolute package {@code pkg} stands for, written in a config at package {@code here}: relative to
   * it, unless {@code fromRoot}.
   */
  static String resolve(String pkg, String here, boolean fromRoot) {
    if (pkg.equals("_here_")) {
      return here;
    }
    if (pkg.equals("_global_")) {
      return "";
    }
    if (pkg.startsWith("_global_.")) {
      return pkg.substring("_global_.".length());
    }
    return fromRoot ? pkg : join(here, pkg);
  }

  /** Returns {@code a.b}, or whichever is not empty. */
  static String join(String parent, String child) {
    return parent.isEmpty() ? child : child.isEmpty() ? parent : parent + "." + child;
  }

  /** Returns the group path {@code child} inside group {@code parent}. */
  static String joinPath(String parent, String child) {
    return parent.isEmpty() ? child : parent + "/" + child;
  }

  /** Returns the group of a config path: {@code server/db} for {@code server/db/mysql}, empty at the top. */
  static String groupOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** Returns the package a group path stands for: {@code server.db} for {@code server/db}. */
  static String dotted(String path) {
    return path.replace('/', '.');
  }

  /** Returns how a package is shown: {@code _global_} for the root. */
  static String show(String pkg) {
    return pkg.isEmpty() ? "_global_" : pkg;
  }

  private static CompositionException malformed(String where, String message) {
    return new CompositionException(Code.MALFORMED, where + ": " + message);
  }
}

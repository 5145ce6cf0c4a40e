package io.hookline.compose.internal;

import io.hookline.Resolver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The resolvers of one run of an app: those registered in code, then, for a name none of them has, the
 * {@link Resolver} services that the thread's context class loader (or, without one, Hookline's) finds, looked up
 * once in the run, when first asked for.
 *
 * <p>Contract: a resolver's value for one list of arguments is computed once in the run and kept, a {@code null}
 * included, so that every job of the run sees the same. Safe to share between threads.
 */
public final class Resolvers {

  /** Hookline's own resolvers, which no resolver of the app's may be named. */
  public static final List<String> OWN = List.of("env", "oc.env", "hookline", "hydra", "now", "oc.select", "oc.decode",
      "oc.create", "oc.dict.keys", "oc.dict.values");

  private final Map<String, Function<List<@Nullable Object>, @Nullable Object>> registered;
  private final Map<String, Cached> used = new ConcurrentHashMap<>();
  private @Nullable Map<String, Resolver> services;

  private Resolvers(Map<String, Function<List<@Nullable Object>, @Nullable Object>> registered) {
    this.registered = registered;
  }

  /** Returns the resolvers of a run of an app that registered {@code registered}, by name. */
  public static Resolvers of(Map<String, Function<List<@Nullable Object>, @Nullable Object>> registered) {
    return new Resolvers(Map.copyOf(registered));
  }

  /**
   * Checks that {@code name} may name a resolver of an app's own.
   *
   * @throws IllegalArgumentException if it is not a resolver's name, or is one of Hookline's
   */
  public static void check(String name) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*")) {
      throw new IllegalArgumentException("'" + name + "' is not a resolver's name: letters, digits, '_' and '-', in"
          + " parts separated by dots, such as shop.price");
    }
    if (OWN.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is Hookline's own resolver; give yours another name");
    }
  }

  /** Returns the resolver named {@code name}: registered in code, or else a service; or null if neither has it. */
  @Nullable Cached find(String name) {
    Function<List<@Nullable Object>, @Nullable Object> own = registered.get(name);
    if (own != null) {
      return used.computeIfAbsent(name, unused -> new Cached(own::apply));
    }
    Resolver service = services().get(name);
    return service == null ? null : used.computeIfAbsent(name, unused -> new Cached(service::resolve));
  }

  /** Returns every name a config may call, Hookline's first, for messages. */
  List<String> all() {
    List<String> all = new ArrayList<>(OWN);
    all.addAll(registered.keySet().stream().sorted().toList());
    all.addAll(services().keySet());
    return all;
  }

  private synchronized Map<String, Resolver> services() {
    if (services == null) {
      Map<String, Resolver> found = new LinkedHashMap<>();
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      for (Resolver resolver : ServiceLoader.load(Resolver.class, loader != null ? loader
          : Resolvers.class.getClassLoader())) {
        String name = resolver.name();
        try {
          check(name);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("the resolver service " + resolver.getClass().getName() + ": "
              + e.getMessage(), e);
        }
        found.putIfAbsent(name, resolver);
      }
      services = Collections.unmodifiableMap(found);
    }
    return services;
  }

  /** What a resolver does with its arguments. */
  @FunctionalInterface
  interface Body {
    @Nullable Object resolve(List<@Nullable Object> arguments) throws Exception;
  }

  /** A resolver and the values it gave in the run, by their arguments. */
  static final class Cached {
    private final Body body;
    private final Map<List<@Nullable Object>, Optional<Object>> values = Collections.synchronizedMap(new HashMap<>());

    Cached(Body body) {
      this.body = body;
    }

    /** Returns the value for {@code arguments}, computed on the first call with them. */
    @Nullable Object resolve(List<@Nullable Object> arguments) throws Exception {
      Optional<Object> known = values.get(arguments);
      if (known == null) {
        known = Optional.ofNullable(body.resolve(Collections.unmodifiableList(arguments)));
        Optional<Object> raced = values.putIfAbsent(new ArrayList<>(arguments), known);
        known = raced != null ? raced : known;
      }
      return known.orElse(null);
    }
  }
}

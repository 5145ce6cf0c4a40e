package io.hookline.provider.internal;

import io.hookline.Provider;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A provider of one of Hookline's own launchers or sweepers: its name, its description, its options and how it is
 * made. A subclass implements its kind's provider interface, so that {@link java.util.ServiceLoader} finds it.
 *
 * @param <T> what it creates
 */
public abstract class BuiltInProvider<T> implements Provider<T> {

  private final String name;
  private final String description;
  private final Map<String, String> options;
  private final Function<Provider.Options, T> create;

  /**
   * Creates the provider named {@code name}, which makes its value from its options with {@code create};
   * {@code options} holds each option's name, then what it sets, in the order the help lists them.
   */
  protected BuiltInProvider(String name, String description, List<String> options,
      Function<Provider.Options, T> create) {
    this.name = name;
    this.description = description;
    Map<String, String> described = new LinkedHashMap<>();
    for (int i = 0; i + 1 < options.size(); i += 2) {
      described.put(options.get(i), options.get(i + 1));
    }
    this.options = Collections.unmodifiableMap(described);
    this.create = create;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Map<String, String> options() {
    return options;
  }

  @Override
  public final T create(Provider.Options given) {
    return create.apply(given);
  }
}

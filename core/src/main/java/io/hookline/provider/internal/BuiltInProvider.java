package io.hookline.provider.internal;

import io.hookline.Provider;
import java.util.List;
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
  private final List<Option> options;
  private final Function<Provider.Options, T> create;

  /** Creates the provider named {@code name}, which makes its value from its options with {@code create}. */
  protected BuiltInProvider(String name, String description, List<Option> options,
      Function<Provider.Options, T> create) {
    this.name = name;
    this.description = description;
    this.options = List.copyOf(options);
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
  public final List<Option> options() {
    return options;
  }

  @Override
  public final T create(Provider.Options given) {
    return create.apply(given);
  }
}

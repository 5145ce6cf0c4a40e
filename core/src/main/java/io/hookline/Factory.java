package io.hookline;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the objects Hookline would otherwise build by reflection: command classes ({@code Command.of(name, type)})
 * and the callbacks a config declares with {@code _target_}. Set one with {@code App.factory(...)} to let a dependency
 * injection container (Guice, Dagger, Spring) supply them, as picocli's {@code IFactory} does.
 *
 * <p>Contract: {@link #create} returns an instance of {@code type}, or {@code null} to let Hookline build it as it
 * would without a factory. For a command, {@code values} holds its configs' values by config id; for a callback, the
 * parameters its declaration gives beside {@code _target_}. What {@code create} throws is the command's (or the
 * callback's) own failure, as a constructor's would be; an instance of another type fails it with an
 * {@link IllegalStateException} that says so.
 */
@FunctionalInterface
public interface Factory {

  /** The factory that builds nothing itself: every object is built by reflection. */
  Factory REFLECTION = (type, values) -> null;

  /**
   * Returns an instance of {@code type} made from {@code values}, or {@code null} to have Hookline build it.
   *
   * @throws Exception what building it threw
   */
  @Nullable Object create(Class<?> type, Map<String, ?> values) throws Exception;
}

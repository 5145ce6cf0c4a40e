package io.hookline.config.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A value computed once per class, as a {@link ClassValue} does: what core learns of a class by reflection (its
 * constructor's parameters, its schema, its secrets) and keeps. A cache is a subclass that says how to
 * {@link #compute} a class's value.
 *
 * <p>Contract: {@link #get} computes a class's value on first use and returns the same value after, from any thread,
 * until {@link #forgetAll}; the value never keeps the class from being unloaded. {@code forgetAll} makes every cache
 * compute its values again: the mutation tests call it before each test, because their tool replaces a class's code in
 * a running JVM, and a value the code computed before would hide the change.
 *
 * @param <T> the values
 */
public abstract class ClassCache<T> {

  private static final List<ClassCache<?>> ALL = new CopyOnWriteArrayList<>();

  private volatile ClassValue<T> values = fresh();

  /** Registers the cache, so that {@link #forgetAll} reaches it. */
  protected ClassCache() {
    ALL.add(this);
  }

  /** Returns the value of {@code type}; called once per class, until {@link #forgetAll}. */
  protected abstract T compute(Class<?> type);

  /** Returns the value of {@code type}, computed on first use. */
  public final T get(Class<?> type) {
    return values.get(type);
  }

  /** Forgets every value of every cache, so that each is computed again on its next use. */
  public static void forgetAll() {
    for (ClassCache<?> cache : ALL) {
      cache.forget();
    }
  }

  private void forget() {
    values = fresh();
  }

  private ClassValue<T> fresh() {
    return new ClassValue<>() {
      @Override
      protected T computeValue(Class<?> type) {
        return compute(type);
      }
    };
  }
}

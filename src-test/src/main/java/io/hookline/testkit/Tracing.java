package io.hookline.testkit;

import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;

/**
 * Hooks and arounds that record themselves in a {@link Trace}: a hook tagged {@code t} adds the event {@code t}; an
 * around tagged {@code t} adds {@code t<} before the steps it wraps and {@code t>} after them.
 *
 * <p>Contract: every call returns a new, pure step (its result depends only on its input) that equals only itself,
 * so two steps made with the same tag are still told apart by pipeline equality.
 */
public final class Tracing {

  private Tracing() {}

  /** Returns a hook that adds the event {@code tag}. */
  public static Hook<Trace> hook(String tag) {
    return trace -> trace.with(tag);
  }

  /** Returns an around that adds {@link #before(String) before(tag)}, runs the wrapped steps, and adds {@link #after(String) after(tag)}. */
  public static Around<Trace> around(String tag) {
    return (trace, next) -> next.invoke(trace.with(before(tag))).with(after(tag));
  }

  /** Returns the event an around tagged {@code tag} adds before the steps it wraps: {@code tag<}. */
  public static String before(String tag) {
    return tag + "<";
  }

  /** Returns the event an around tagged {@code tag} adds after the steps it wraps: {@code tag>}. */
  public static String after(String tag) {
    return tag + ">";
  }
}

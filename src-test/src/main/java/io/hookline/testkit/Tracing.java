package io.hookline.testkit;

import io.hookline.Invocation;
import io.hookline.Invocation.Attribute;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;

/**
 * Hooks and arounds that record themselves in a {@link Trace}: a hook tagged {@code t} adds the event {@code t}; an
 * around tagged {@code t} adds {@code t<} before the steps it wraps and {@code t>} after them.
 *
 * <p>The same steps exist for {@link Invocation invocations}, which keep their trace under the attribute
 * {@link #TRACE}, so that command hooks can be traced through the nine stages.
 *
 * <p>Contract: every call returns a new, pure step (its result depends only on its input) that equals only itself,
 * so two steps made with the same tag are still told apart by pipeline equality.
 */
public final class Tracing {

  /** Where the invocation steps keep their trace. */
  public static final Attribute<Trace> TRACE = Attribute.of("trace", Trace.class);

  private Tracing() {}

  /** Returns the trace recorded in {@code invocation}, empty if none. */
  public static Trace trace(Invocation invocation) {
    return invocation.attribute(TRACE).orElse(Trace.empty());
  }

  /** Returns an invocation hook that adds the event {@code tag} to the invocation's trace. */
  public static Hook<Invocation> invocationHook(String tag) {
    return invocation -> invocation.with(TRACE, trace(invocation).with(tag));
  }

  /** Returns an invocation around that adds {@code tag<} and {@code tag>} around the steps it wraps. */
  public static Around<Invocation> invocationAround(String tag) {
    return (invocation, next) -> {
      Invocation result = next.invoke(invocation.with(TRACE, trace(invocation).with(before(tag))));
      return result.with(TRACE, trace(result).with(after(tag)));
    };
  }

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

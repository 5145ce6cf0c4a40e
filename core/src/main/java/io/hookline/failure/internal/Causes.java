package io.hookline.failure.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A throwable and its chain of causes, read safely: every place that prints, saves or trims a throwable walks the
 * chain through this, so that a chain that loops back on itself ({@code a → c → a}) or runs on for thousands of
 * causes is cut, and says so, rather than printing without end or overflowing the stack.
 *
 * <p>Contract: {@link #of} holds the throwable first, then each cause in turn, each throwable once, at most
 * {@link #LIMIT} of them; {@link #cut} says why the chain stops short of its end, or is {@code null} if it does not.
 *
 * @param chain the throwable, then its causes, each once
 * @param cut why the chain was cut ("a cycle back to …", "more than 32 causes"), or {@code null}
 */
public record Causes(List<Throwable> chain, @org.jspecify.annotations.Nullable String cut) {

  /** The most throwables a chain holds: the throwable and 31 causes. */
  public static final int LIMIT = 32;

  /** Copies the chain. */
  public Causes {
    chain = List.copyOf(chain);
  }

  /** Returns {@code error}'s chain of causes, cut at a cycle or after {@link #LIMIT} throwables. */
  public static Causes of(Throwable error) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> chain = new ArrayList<>();
    for (Throwable next = error; next != null; next = next.getCause()) {
      if (!seen.add(next)) {
        return new Causes(chain, "the chain of causes loops back to " + next.getClass().getName());
      }
      if (chain.size() == LIMIT) {
        return new Causes(chain, "the chain of causes goes on past " + LIMIT);
      }
      chain.add(next);
    }
    return new Causes(chain, null);
  }
}

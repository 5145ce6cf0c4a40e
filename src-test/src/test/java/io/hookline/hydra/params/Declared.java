package io.hookline.hydra.params;

import io.hookline.callback.Callback;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Callbacks declared with {@code _target_}, compiled as a user's build compiles them by default (without
 * {@code -parameters}): each logs what it was built with to {@link #BUILT}.
 */
public final class Declared {

  /** What each callback was built with, in order. */
  public static final List<String> BUILT = new CopyOnWriteArrayList<>();

  private Declared() {}

  /** A record with a second constructor that supplies a default for {@code retries}. */
  public record Alert(String channel, int retries) implements Callback {
    /** Logs the values. */
    public Alert {
      BUILT.add("Alert " + channel + " " + retries);
    }

    /** Three retries. */
    public Alert(String channel) {
      this(channel, 3);
    }
  }

  /** A record whose parameters may be left out: nullable, optional. */
  public record Loose(@Nullable String note, Optional<String> tag, String channel) implements Callback {
    /** Logs the values. */
    public Loose {
      BUILT.add("Loose " + note + " " + tag + " " + channel);
    }
  }

  /** A plain class whose fields are declared in another order than its parameters, both of one type. */
  public static final class Swapped implements Callback {
    private final String second;
    private final String first;

    /** Logs the values. */
    public Swapped(String first, String second) {
      this.first = first;
      this.second = second;
      BUILT.add("Swapped " + this.first + " " + this.second);
    }
  }

  /** A callback whose constructor fails with an {@code Error}. */
  public record Asserting(String channel) implements Callback {
    /** Fails. */
    public Asserting {
      throw new AssertionError("channel " + channel + " is not reachable");
    }
  }
}

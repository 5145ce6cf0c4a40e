package io.hookline;

import io.hookline.command.internal.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named command: what runs, the configs it takes, its own (local) hooks, and how it departs from the hooks and
 * configs it inherits ({@link Scope} has the verbs it shares with a {@link Group}).
 *
 * <p>Contract: immutable; every method returns a new command. What runs is a {@link Body} (a lambda or a method
 * reference, typed by the configs it takes or given the whole {@link Invocation}), or a class whose public constructor
 * takes the configs and which has a public {@code run()} method. See {@link Hooks#andThen} for how inherited and local
 * hooks are piped.
 */
public final class Command extends Scope<Command> {

  private final Target target;
  private final boolean freshJvmPerJob;
  private final List<String> aliases;
  private final boolean hidden;
  private final @Nullable String deprecation;

  private Command(String name, String description, Target target, Layer layer, boolean freshJvmPerJob,
      List<String> aliases, boolean hidden, @Nullable String deprecation) {
    super("command", name, description, layer);
    this.target = target;
    this.freshJvmPerJob = freshJvmPerJob;
    this.aliases = List.copyOf(aliases);
    this.hidden = hidden;
    this.deprecation = deprecation;
  }

  /** Returns a command that runs {@code body}, which reads its configs from the invocation. */
  public static Command of(String name, Body body) {
    return new Command(name, "", Target.of(body), Layer.EMPTY, false, List.of(), false, null);
  }

  /** Returns a command built from {@code type}'s public constructor and run by its public {@code run()} method. */
  public static Command of(String name, Class<?> type) {
    return new Command(name, "", Target.of(type), Layer.EMPTY, false, List.of(), false, null);
  }

  /**
   * Returns a command that takes one config of class {@code a} ({@link ConfigSpec#of(Class)}): its own, unless it
   * inherits a config of that class and id from its app or group, which it then reads.
   */
  public static <A> Command of(String name, Class<A> a, Body.Of1<A> body) {
    return of(name, ConfigSpec.of(a), body).yielding();
  }

  /** Returns a command that takes the config {@code a}. */
  public static <A> Command of(String name, ConfigSpec<A> a, Body.Of1<A> body) {
    Objects.requireNonNull(body, "body");
    return of(name, inv -> body.invoke(get(inv, a))).config(a);
  }

  /** Returns a command that takes configs of classes {@code a} and {@code b}. */
  public static <A, B> Command of(String name, Class<A> a, Class<B> b, Body.Of2<A, B> body) {
    return of(name, ConfigSpec.of(a), ConfigSpec.of(b), body).yielding();
  }

  /** Returns a command that takes the configs {@code a} and {@code b}. */
  public static <A, B> Command of(String name, ConfigSpec<A> a, ConfigSpec<B> b, Body.Of2<A, B> body) {
    Objects.requireNonNull(body, "body");
    return of(name, inv -> body.invoke(get(inv, a), get(inv, b))).config(a).config(b);
  }

  /** Returns a command that takes configs of classes {@code a}, {@code b} and {@code c}. */
  public static <A, B, C> Command of(String name, Class<A> a, Class<B> b, Class<C> c, Body.Of3<A, B, C> body) {
    return of(name, ConfigSpec.of(a), ConfigSpec.of(b), ConfigSpec.of(c), body).yielding();
  }

  /** Returns a command that takes the configs {@code a}, {@code b} and {@code c}. */
  public static <A, B, C> Command of(String name, ConfigSpec<A> a, ConfigSpec<B> b, ConfigSpec<C> c,
      Body.Of3<A, B, C> body) {
    Objects.requireNonNull(body, "body");
    return of(name, inv -> body.invoke(get(inv, a), get(inv, b), get(inv, c))).config(a).config(b).config(c);
  }

  /** Returns a command that takes configs of classes {@code a}, {@code b}, {@code c} and {@code d}. */
  public static <A, B, C, D> Command of(String name, Class<A> a, Class<B> b, Class<C> c, Class<D> d,
      Body.Of4<A, B, C, D> body) {
    return of(name, ConfigSpec.of(a), ConfigSpec.of(b), ConfigSpec.of(c), ConfigSpec.of(d), body).yielding();
  }

  /** Returns a command that takes the configs {@code a}, {@code b}, {@code c} and {@code d}. */
  public static <A, B, C, D> Command of(String name, ConfigSpec<A> a, ConfigSpec<B> b, ConfigSpec<C> c,
      ConfigSpec<D> d, Body.Of4<A, B, C, D> body) {
    Objects.requireNonNull(body, "body");
    return of(name, inv -> body.invoke(get(inv, a), get(inv, b), get(inv, c), get(inv, d)))
        .config(a).config(b).config(c).config(d);
  }

  /** Returns this command with each of its configs yielding to an inherited config of the same id and class. */
  private Command yielding() {
    Layer all = layer();
    for (ConfigSpec<?> config : configs()) {
      all = all.yielding(config.id());
    }
    return with(description(), all);
  }

  private static <T> T get(Invocation invocation, ConfigSpec<T> spec) {
    return invocation.config(spec.id(), spec.type());
  }

  /** Returns what runs: a body or a class. */
  public Target target() {
    return target;
  }

  /**
   * Returns this command with each of its jobs run in a JVM of its own when a launcher runs jobs in other processes,
   * even one that reuses its workers ({@code launcher.reuse=true}): for a command whose jobs leave static state behind
   * (a cache, a registry, a native library's state) that the next job must not see.
   */
  public Command withFreshJvmPerJob() {
    return new Command(name(), description(), target, layer(), true, aliases, hidden, deprecation);
  }

  /** Returns whether each job of this command needs a JVM of its own; see {@link #withFreshJvmPerJob}. */
  public boolean freshJvmPerJob() {
    return freshJvmPerJob;
  }

  /**
   * Returns this command also run by each of {@code names} ({@code t} for {@code train}), which help shows beside its
   * name and completion offers; a job's records name the command by its own name.
   *
   * @throws IllegalArgumentException if a name is not a command's name
   */
  public Command withAliases(String... names) {
    List<String> all = new ArrayList<>(aliases);
    for (String alias : names) {
      all.add(checkedName("command", alias));
    }
    return new Command(name(), description(), target, layer(), freshJvmPerJob, all, hidden, deprecation);
  }

  /** Returns this command left out of help, completion and the lists of commands in errors, and still run. */
  public Command hidden() {
    return new Command(name(), description(), target, layer(), freshJvmPerJob, aliases, true, deprecation);
  }

  /**
   * Returns this command still run, with a warning each time, {@code command 'old' is deprecated: } followed by
   * {@code advice}, which names what to run instead ({@code run 'new'}); it is left out of help and completion.
   */
  public Command deprecated(String advice) {
    return new Command(name(), description(), target, layer(), freshJvmPerJob, aliases, true,
        Objects.requireNonNull(advice, "advice"));
  }

  /** Returns the other names that run this command. */
  public List<String> aliases() {
    return aliases;
  }

  /** Returns whether help and completion leave this command out. */
  public boolean isHidden() {
    return hidden;
  }

  /** Returns what a deprecated command's warning advises, or {@code null} if it is not deprecated. */
  public @Nullable String deprecation() {
    return deprecation;
  }

  @Override
  Command with(String newDescription, Layer newLayer) {
    return new Command(name(), newDescription, target, newLayer, freshJvmPerJob, aliases, hidden, deprecation);
  }


  /**
   * What a command runs: a {@link Lambda}, a {@link Body} written as a lambda or a method reference, or a
   * {@link Type}, a class that the init stage builds and the run stage runs. The two are all there is, so a hook can
   * tell them apart with {@code instanceof} and miss none.
   */
  public sealed interface Target permits Target.Lambda, Target.Type {

    /** Returns the target that runs {@code body}. */
    static Target of(Body body) {
      return new Lambda(body);
    }

    /** Returns the target built from {@code type}'s public constructor and run by its public {@code run()} method. */
    static Target of(Class<?> type) {
      return new Type(type);
    }

    /**
     * A command written as a lambda or a method reference; it is its own instance.
     *
     * @param body what runs
     */
    record Lambda(Body body) implements Target {
      /** Checks the body. */
      public Lambda {
        Objects.requireNonNull(body, "body");
      }
    }

    /**
     * A command written as a class.
     *
     * @param type the class, built by the init stage
     */
    record Type(Class<?> type) implements Target {
      /** Checks the type. */
      public Type {
        Objects.requireNonNull(type, "type");
      }
    }
  }
}

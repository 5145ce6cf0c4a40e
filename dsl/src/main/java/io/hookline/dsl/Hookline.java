package io.hookline.dsl;

import io.hookline.command.Command;
import io.hookline.command.Invocation;
import io.hookline.config.ConfigSpec;
import org.jspecify.annotations.Nullable;

/**
 * The front door: {@link #app(String)} starts a program, and the {@code command} factories make commands whose bodies
 * receive their configs typed, so that no caller ever casts.
 *
 * <pre>{@code
 * App app = Hookline.app("trainer")
 *     .command("train", TrainConfig.class, cfg -> Trainer.train(cfg))
 *     .command("evaluate", EvalConfig.class, DataConfig.class, (eval, data) -> Evaluator.run(eval, data))
 *     .build();
 * }</pre>
 *
 * <p>A config given as a class is declared with {@link ConfigSpec#of(Class)} (its id is the class's simple name in
 * lower case, its defaults come from its no-argument constructor); give a {@link ConfigSpec} to choose the id or the
 * defaults. A body receives its own configs in the order declared, whatever global configs the app adds. The lambda
 * is always the last parameter, so Kotlin can write it after the parentheses.
 */
public final class Hookline {

  private Hookline() {}

  /** Starts a program named {@code name}: the name it is run by, shown in help and errors. */
  public static AppBuilder app(String name) {
    return new AppBuilder(io.hookline.App.named(name));
  }

  /** Returns a command that takes no config. */
  public static Command command(String name, Body0 body) {
    return Command.of(name, inv -> result(body.invoke()));
  }

  /** Returns a command that takes one config of class {@code a}. */
  public static <A> Command command(String name, Class<A> a, Body1<A> body) {
    return command(name, ConfigSpec.of(a), body);
  }

  /** Returns a command that takes the config {@code a}. */
  public static <A> Command command(String name, ConfigSpec<A> a, Body1<A> body) {
    return Command.of(name, inv -> result(body.invoke(get(inv, a)))).withConfig(a);
  }

  /** Returns a command that takes configs of classes {@code a} and {@code b}. */
  public static <A, B> Command command(String name, Class<A> a, Class<B> b, Body2<A, B> body) {
    return command(name, ConfigSpec.of(a), ConfigSpec.of(b), body);
  }

  /** Returns a command that takes the configs {@code a} and {@code b}. */
  public static <A, B> Command command(String name, ConfigSpec<A> a, ConfigSpec<B> b, Body2<A, B> body) {
    return Command.of(name, inv -> result(body.invoke(get(inv, a), get(inv, b)))).withConfig(a).withConfig(b);
  }

  /** Returns a command that takes configs of classes {@code a}, {@code b} and {@code c}. */
  public static <A, B, C> Command command(String name, Class<A> a, Class<B> b, Class<C> c, Body3<A, B, C> body) {
    return command(name, ConfigSpec.of(a), ConfigSpec.of(b), ConfigSpec.of(c), body);
  }

  /** Returns a command that takes the configs {@code a}, {@code b} and {@code c}. */
  public static <A, B, C> Command command(String name, ConfigSpec<A> a, ConfigSpec<B> b, ConfigSpec<C> c,
      Body3<A, B, C> body) {
    return Command.of(name, inv -> result(body.invoke(get(inv, a), get(inv, b), get(inv, c))))
        .withConfig(a).withConfig(b).withConfig(c);
  }

  /** Returns a command that takes configs of classes {@code a}, {@code b}, {@code c} and {@code d}. */
  public static <A, B, C, D> Command command(String name, Class<A> a, Class<B> b, Class<C> c, Class<D> d,
      Body4<A, B, C, D> body) {
    return command(name, ConfigSpec.of(a), ConfigSpec.of(b), ConfigSpec.of(c), ConfigSpec.of(d), body);
  }

  /** Returns a command that takes the configs {@code a}, {@code b}, {@code c} and {@code d}. */
  public static <A, B, C, D> Command command(String name, ConfigSpec<A> a, ConfigSpec<B> b, ConfigSpec<C> c,
      ConfigSpec<D> d, Body4<A, B, C, D> body) {
    return Command.of(name, inv -> result(body.invoke(get(inv, a), get(inv, b), get(inv, c), get(inv, d))))
        .withConfig(a).withConfig(b).withConfig(c).withConfig(d);
  }

  private static <T> T get(Invocation invocation, ConfigSpec<T> spec) {
    return invocation.config(spec.id(), spec.type());
  }

  /** Kotlin's {@code Unit}, the result of a lambda that returns nothing, counts as no result. */
  private static @Nullable Object result(@Nullable Object value) {
    return value != null && value.getClass().getName().equals("kotlin.Unit") ? null : value;
  }
}

package io.hookline.dsl;

import io.hookline.App;
import io.hookline.runtime.Outcome;
import io.hookline.callback.Callback;
import io.hookline.command.Command;
import io.hookline.command.CommandSpec;
import io.hookline.command.Factory;
import io.hookline.command.Group;
import io.hookline.command.Hooks;
import io.hookline.command.Invocation;
import io.hookline.command.OptionSpec;
import io.hookline.command.Stage;
import io.hookline.compose.Composition;
import io.hookline.config.ConfigSpec;
import io.hookline.launch.Launcher;
import io.hookline.sweep.Sweeper;
import io.hookline.launch.OutputDirs;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A program being built: every method returns a new builder, and {@link #build()} the {@link App}.
 *
 * <p>Contract: immutable, like the app it wraps; a builder can be shared and extended in several directions. Hooks
 * added here are global: they run for every command, before the command's own. Each named stage method
 * ({@link #preRun}, {@link #postConfig}, …) adds a hook to the end of that stage; {@link #around} wraps everything
 * the stage has so far. There is no method for the main config, init and run stages, whose default hooks do the work:
 * {@link #override} replaces one of those ({@link io.hookline.command.DefaultHooks} has their keys). Add global
 * configs before the commands that name them.
 */
public final class AppBuilder {

  private final App app;

  AppBuilder(App app) {
    this.app = app;
  }

  /** Returns the program as an {@link App}. */
  public App build() {
    return app;
  }

  /** Runs the program; see {@link App#wake}. */
  public int wake(String... args) {
    return app.wake(args);
  }

  /** Runs the program and returns what came of it; see {@link App#invoke}. */
  public Outcome invoke(String... args) {
    return app.invoke(args);
  }

  /** Adds a description for the program's help. */
  public AppBuilder describedAs(String description) {
    return new AppBuilder(app.describedAs(description));
  }

  /** Adds a global config of class {@code type}, which every command gets before its own. */
  public AppBuilder config(Class<?> type) {
    return config(ConfigSpec.of(type));
  }

  /** Adds the global config {@code config}, which every command gets before its own. */
  public AppBuilder config(ConfigSpec<?> config) {
    return new AppBuilder(app.config(config));
  }

  /**
   * Adds {@code command} as it is, checked as {@link App#command} checks it; see {@link Hookline} for typed commands.
   *
   * @throws IllegalArgumentException if a command has that name already, or a config of the command has the id of a
   *     global config, or the command does not resolve
   */
  public AppBuilder command(Command command) {
    return new AppBuilder(app.command(command));
  }

  /**
   * Adds {@code group}, whose commands are invoked by its name, then theirs ({@code app db migrate}); see
   * {@link App#group}. Build its commands with {@link Hookline}'s {@code command} factories.
   *
   * @throws IllegalArgumentException if a command or group has that name already, or a command of the group does not
   *     resolve
   */
  public AppBuilder group(Group group) {
    return new AppBuilder(app.group(group));
  }

  /**
   * Adds a typed command whose configs were named by class: a config that the app already has as a global config, of
   * the same class, is the global one, so that a typed body can read a global config too.
   */
  private AppBuilder typed(Command command) {
    Command shared = command;
    for (ConfigSpec<?> global : app.configs()) {
      for (ConfigSpec<?> own : command.configs()) {
        if (own.id().equals(global.id()) && own.type().equals(global.type())) {
          shared = shared.withoutConfig(own.id());
        }
      }
    }
    return command(shared);
  }

  /** Adds a command that takes no config. */
  public AppBuilder command(String name, Body0 body) {
    return command(Hookline.command(name, body));
  }

  /** Adds a command that takes one config of class {@code a}. */
  public <A> AppBuilder command(String name, Class<A> a, Body1<A> body) {
    return typed(Hookline.command(name, a, body));
  }

  /** Adds a command that takes the config {@code a}. */
  public <A> AppBuilder command(String name, ConfigSpec<A> a, Body1<A> body) {
    return command(Hookline.command(name, a, body));
  }

  /** Adds a command that takes configs of classes {@code a} and {@code b}. */
  public <A, B> AppBuilder command(String name, Class<A> a, Class<B> b, Body2<A, B> body) {
    return typed(Hookline.command(name, a, b, body));
  }

  /** Adds a command that takes the configs {@code a} and {@code b}. */
  public <A, B> AppBuilder command(String name, ConfigSpec<A> a, ConfigSpec<B> b, Body2<A, B> body) {
    return command(Hookline.command(name, a, b, body));
  }

  /** Adds a command that takes configs of classes {@code a}, {@code b} and {@code c}. */
  public <A, B, C> AppBuilder command(String name, Class<A> a, Class<B> b, Class<C> c, Body3<A, B, C> body) {
    return typed(Hookline.command(name, a, b, c, body));
  }

  /** Adds a command that takes configs of classes {@code a}, {@code b}, {@code c} and {@code d}. */
  public <A, B, C, D> AppBuilder command(String name, Class<A> a, Class<B> b, Class<C> c, Class<D> d,
      Body4<A, B, C, D> body) {
    return typed(Hookline.command(name, a, b, c, d, body));
  }

  /** Adds a global hook at the end of the pre-config stage. */
  public AppBuilder preConfig(String key, Hook<Invocation> hook) {
    return andThen(Stage.PRE_CONFIG, key, hook);
  }

  /** Adds a global hook at the end of the post-config stage, after the overrides are applied. */
  public AppBuilder postConfig(String key, Hook<Invocation> hook) {
    return andThen(Stage.POST_CONFIG, key, hook);
  }

  /** Adds a global hook at the end of the pre-init stage. */
  public AppBuilder preInit(String key, Hook<Invocation> hook) {
    return andThen(Stage.PRE_INIT, key, hook);
  }

  /** Adds a global hook at the end of the post-init stage. */
  public AppBuilder postInit(String key, Hook<Invocation> hook) {
    return andThen(Stage.POST_INIT, key, hook);
  }

  /** Adds a global hook at the end of the pre-run stage. */
  public AppBuilder preRun(String key, Hook<Invocation> hook) {
    return andThen(Stage.PRE_RUN, key, hook);
  }

  /** Adds a global hook at the end of the post-run stage, which sees the result. */
  public AppBuilder postRun(String key, Hook<Invocation> hook) {
    return andThen(Stage.POST_RUN, key, hook);
  }

  /** Adds a global hook at the end of {@code stage}. */
  public AppBuilder andThen(Stage stage, String key, Hook<Invocation> hook) {
    return withHooks(hooks -> hooks.andThen(stage, key, hook));
  }

  /** Wraps everything {@code stage} has so far in {@code around}. */
  public AppBuilder around(Stage stage, String key, Around<Invocation> around) {
    return withHooks(hooks -> hooks.around(stage, key, around));
  }

  /** Removes the global hook {@code key} from {@code stage}. */
  public AppBuilder forget(Stage stage, String key) {
    return withHooks(hooks -> hooks.forget(stage, key));
  }

  /** Replaces the global hook {@code key} of {@code stage} in place. */
  public AppBuilder override(Stage stage, String key, Hook<Invocation> hook) {
    return withHooks(hooks -> hooks.override(stage, key, hook));
  }

  /** Adds a global parser hook: it adds options to every command when the command is added. */
  public AppBuilder andThenParser(String key, Hook<CommandSpec> hook) {
    return withHooks(hooks -> hooks.andThenParser(key, hook));
  }

  /** Adds {@code option} to every command; see {@link App#option}. */
  public AppBuilder option(OptionSpec option) {
    return new AppBuilder(app.option(option));
  }

  /** Registers {@code callback} under {@code name}, after the callbacks registered before it. */
  public AppBuilder callback(String name, Callback callback) {
    return new AppBuilder(app.callback(name, callback));
  }

  /** Adds the callbacks declared in {@code file}'s {@code callbacks:} map; see {@link App#callbacksFrom}. */
  public AppBuilder callbacksFrom(Path file) {
    return new AppBuilder(app.callbacksFrom(file));
  }

  /** Composes the configs from {@code composition}, as Hydra does; see {@link App#compose}. */
  public AppBuilder compose(Composition composition) {
    return new AppBuilder(app.compose(composition));
  }

  /** Runs multiruns with {@code launcher}, unless the command line picks another. */
  public AppBuilder launcher(Launcher launcher) {
    return new AppBuilder(app.launcher(launcher));
  }

  /** Chooses multiruns' jobs with {@code sweeper}; see {@link App#sweeper}. */
  public AppBuilder sweeper(Sweeper sweeper) {
    return new AppBuilder(app.sweeper(sweeper));
  }

  /** Gives a job {@code gracePeriod} to stop once interrupted; see {@link App#gracePeriod}. */
  public AppBuilder gracePeriod(Duration gracePeriod) {
    return new AppBuilder(app.gracePeriod(gracePeriod));
  }

  /** Keeps runs' and jobs' files as {@code outputs} say. */
  public AppBuilder outputs(OutputDirs outputs) {
    return new AppBuilder(app.outputs(outputs));
  }

  /** Resolves relative paths against {@code directory}. */
  public AppBuilder directory(Path directory) {
    return new AppBuilder(app.directory(directory));
  }

  /** Replaces the global hooks with {@code hooks}. */
  public AppBuilder hooks(Hooks hooks) {
    return new AppBuilder(app.hooks(hooks));
  }

  /** Sets the version {@code --version} prints; see {@link App#version}. */
  public AppBuilder version(String version) {
    return new AppBuilder(app.version(version));
  }

  /** Builds command classes and declared callbacks with {@code factory} first; see {@link App#factory}. */
  public AppBuilder factory(Factory factory) {
    return new AppBuilder(app.factory(factory));
  }

  /** Prints help and results to {@code out}, errors and notices to {@code err}; see {@link App#output}. */
  public AppBuilder output(PrintStream out, PrintStream err) {
    return new AppBuilder(app.output(out, err));
  }

  @Override
  public String toString() {
    return "AppBuilder[" + app + "]";
  }

  private AppBuilder withHooks(UnaryOperator<Hooks> change) {
    return new AppBuilder(app.hooks(change.apply(app.hooks())));
  }
}

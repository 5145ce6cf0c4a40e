package io.hookline;

import io.hookline.callback.Callback;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.config.internal.Targets;
import io.hookline.internal.AppParts;
import io.hookline.internal.CommandTree;
import io.hookline.internal.ResolvedCommand;
import io.hookline.internal.Runner;
import io.hookline.internal.ShutdownGuard;
import io.hookline.launch.Launcher;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import io.hookline.runtime.internal.JobLogger;
import io.hookline.runtime.internal.Runs;
import io.hookline.runtime.internal.Settings;
import io.hookline.runtime.internal.ShutdownPlan;
import io.hookline.sweep.Sweeper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A command-line program, and the one front door that builds it: its commands and groups of commands, the global hooks
 * and configs they share, its callbacks, and where it reads and writes.
 *
 * <p>Contract: immutable; every method that configures returns a new app, so two apps in one JVM never see each
 * other, and one app can be invoked from many threads. Each command is resolved when it is added, and all of them
 * again whenever the global hooks or configs change (never when only the settings do): the parser hooks run then,
 * and conflicts (duplicate config ids, option names, or hook keys) are reported at once, as
 * {@link IllegalArgumentException}s. Its verbs for hooks and configs are those of a {@link Group} and a
 * {@link Command} ({@link Scope}), acting on the global hooks and configs.
 *
 * <p>{@link #wake} runs the program and returns its {@link Outcome#exitCode() exit code}; it never calls
 * {@link System#exit}, so {@code main} is {@code System.exit(app.wake(args))}. {@link #invoke} does the same and
 * returns an {@link Outcome} for tests and embedding. Help goes to the app's output stream; errors, warnings and
 * summaries to its error stream.
 *
 * <p>{@code cmd -m a=1,2 b=x,y} runs a multirun: one job per combination, on the app's {@link Launcher}, or on the
 * one chosen with {@code launcher=sequential} or {@code launcher=parallel launcher.threads=4}.
 */
public final class App {

  private final String name;
  private final String description;
  private final @Nullable String version;
  private final List<Object> members;
  private final Hooks hooks;
  private final List<ConfigSpec<?>> configs;
  private final Settings settings;
  private final CommandTree tree;

  /** {@code members} holds the top-level commands and groups, in the order added. */
  private App(String name, String description, @Nullable String version, List<Object> members, Hooks hooks,
      List<ConfigSpec<?>> configs, Settings settings, @Nullable CommandTree tree) {
    this.name = name;
    this.description = description;
    this.version = version;
    this.members = List.copyOf(members);
    this.hooks = hooks;
    this.configs = List.copyOf(configs);
    this.settings = settings;
    CommandTree all = tree;
    if (all == null) {
      all = CommandTree.EMPTY;
      for (Object member : members) {
        all = plus(all, member);
      }
    }
    this.tree = all;
  }

  /**
   * Returns an app named {@code name} (the name it is run by, shown in help and errors) with no commands, the
   * {@link Hooks#defaults() default hooks}, the working directory, the standard streams, no callbacks, the sequential
   * launcher and the {@link OutputDirs#defaults() default output directories}.
   */
  public static App named(String name) {
    return new App(Objects.requireNonNull(name, "name"), "", null, List.of(), Hooks.defaults(), List.of(),
        Settings.defaults(), null);
  }
  /**
   * Returns a logger, named after {@code type}, whose records reach the log of the job that logs them: kept in a static
   * field, as in {@code static final System.Logger LOG = App.logger(Train.class)}, it is the JDK's own
   * {@link System.Logger}. A record logged by a thread that runs a job (or that the job started) goes to the job's
   * file, {@code <job folder>/<command>.log}, and to {@link System#getLogger} for the console, as
   * {@code hookline.job_logging} and {@code hookline.verbose} say; from any other thread it goes to
   * {@link System#getLogger} alone. Hookline sets no logging configuration of its own: the console is wherever
   * {@link System.Logger} is routed (java.util.logging, unless a bridge such as SLF4J's is on the class path).
   */
  public static System.Logger logger(Class<?> type) {
    return logger(type.getName());
  }

  /** Returns a logger called {@code name}, as {@link #logger(Class)} does. */
  public static System.Logger logger(String name) {
    return new JobLogger(name);
  }


  /** Returns this app with a description for its help. */
  public App describedAs(String newDescription) {
    return new App(name, Objects.requireNonNull(newDescription, "description"), version, members, hooks, configs, settings,
        tree);
  }

  /**
   * Returns this app with {@code newVersion} as its version, which {@code --version} prints. Without one,
   * {@code --version} prints the {@code Implementation-Version} of the jar that holds the class that runs the app (its
   * {@code main}), if its manifest has one.
   */
  public App version(String newVersion) {
    if (Objects.requireNonNull(newVersion, "version").isBlank() || newVersion.lines().count() > 1) {
      throw new IllegalArgumentException("a version is one line of text, not '" + newVersion + "'");
    }
    return new App(name, description, newVersion.strip(), members, hooks, configs, settings, tree);
  }

  /**
   * Returns this app with {@code option} added to every command, by a global parser hook: an option of the app's own,
   * which may come before the command's name ({@code app --verbose train}), is listed in the app's help, and is read by
   * hooks as any option is ({@code Invocation.flag}, {@code Invocation.option(name, type)}).
   */
  public App option(OptionSpec option) {
    Objects.requireNonNull(option, "option");
    return andThenParser("option " + option.dest(), spec -> spec.withOption(option));
  }

  /**
   * Returns this app taking options' defaults from the properties file {@code file} (resolved against the app's
   * directory, and read each time a command line is) when the command line leaves them out: the key {@code COMMAND.OPTION} ({@code train.limit}) for one
   * command, else {@code OPTION} for every command. A file that is not there gives nothing. An option's environment
   * variable ({@link OptionSpec#withEnvironment}) comes first, then the sources in the order given, then the option's
   * own default; help shows where each default came from, and the command line checks it as a given value.
   */
  public App optionDefaults(Path file) {
    return with(AppParts.withOptionDefaults(settings, Objects.requireNonNull(file, "file")));
  }

  /**
   * Returns this app taking options' defaults from {@code lookup}, which takes a command's path and an option's key
   * and returns its default or {@code null}; help names the source {@code name}. See {@link #optionDefaults(Path)}.
   */
  public App optionDefaults(String name, BiFunction<String, String, @Nullable String> lookup) {
    return with(AppParts.withOptionDefaults(settings, Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(lookup, "lookup")));
  }

  /**
   * Returns this app with {@code flag} as an option of its own that runs before any command, as {@code --version}
   * does: given first and alone ({@code app --license}), it prints what {@code text} returns, and the program ends
   * with exit code 0. The app's help lists it beside {@code --version}, and completion offers it.
   *
   * @throws IllegalArgumentException if {@code flag} takes a value, or a name of it is Hookline's or taken already
   */
  public App eagerOption(OptionSpec flag, Supplier<String> text) {
    return with(AppParts.withEagerOption(settings, Objects.requireNonNull(flag, "flag"),
        Objects.requireNonNull(text, "text")));
  }

  /**
   * Returns this app building its command classes and the objects its configs name with {@code _target_} with
   * {@code factory} first (a dependency injection container, say), and by reflection when the factory returns
   * {@code null}; see {@link Factory}.
   */
  public App factory(Factory factory) {
    return with(settings.withFactory(Objects.requireNonNull(factory, "factory")));
  }

  /**
   * Returns this app building the objects its configs and callback files name with {@code _target_} only from the
   * classes and static methods of {@code packages} and their subpackages (and Hookline's own callbacks); a target
   * elsewhere is bad input, refused before any of its code runs. Without this, any class on the class path may be
   * built, as long as it is of the type the config declares. See {@link Configs#instantiate}.
   *
   * @throws IllegalArgumentException if a name is not a package name such as {@code com.example}
   */
  public App targets(String... packages) {
    return with(settings.withTargetPackages(Targets.checkPackages(List.of(packages))));
  }

  /**
   * Returns this app reading the values of every option of {@code type} ({@code OptionSpec.ofType(type)}) with
   * {@code reader}, which throws (any exception) for a text that is no such value: the command line then says so in
   * one line, naming the option. An option's own reader ({@code ofType(type, reader)}) comes first; Hookline reads
   * its own types ({@code Integer}, {@code Path}, {@code Duration}, {@code URI}, {@code Instant}, {@code LocalDate},
   * {@code Charset}, enums…) without one.
   */
  public <T> App converter(Class<T> type, Function<String, ? extends T> reader) {
    return with(settings.withConverter(Objects.requireNonNull(type, "type"), Objects.requireNonNull(reader, "reader")));
  }

  /**
   * Returns this app with {@code command} added.
   *
   * @throws IllegalArgumentException if a command or group has that name already, or the command does not resolve
   */
  public App command(Command command) {
    return plus(command);
  }

  /** Returns this app with a command that runs {@code body}; see {@link Command#of(String, Body)}. */
  public App command(String commandName, Body body) {
    return command(Command.of(commandName, body));
  }

  /**
   * Returns this app with a command that takes a config of class {@code a}: the app's own config of that class if it
   * has one, so that a body can read a global config too; see {@link Command#of(String, Class, Body.Of1)}.
   */
  public <A> App command(String commandName, Class<A> a, Body.Of1<A> body) {
    return command(Command.of(commandName, a, body));
  }

  /** Returns this app with a command that takes configs of classes {@code a} and {@code b}. */
  public <A, B> App command(String commandName, Class<A> a, Class<B> b, Body.Of2<A, B> body) {
    return command(Command.of(commandName, a, b, body));
  }

  /** Returns this app with a command that takes configs of classes {@code a}, {@code b} and {@code c}. */
  public <A, B, C> App command(String commandName, Class<A> a, Class<B> b, Class<C> c, Body.Of3<A, B, C> body) {
    return command(Command.of(commandName, a, b, c, body));
  }

  /** Returns this app with a command that takes configs of classes {@code a}, {@code b}, {@code c} and {@code d}. */
  public <A, B, C, D> App command(String commandName, Class<A> a, Class<B> b, Class<C> c, Class<D> d,
      Body.Of4<A, B, C, D> body) {
    return command(Command.of(commandName, a, b, c, d, body));
  }

  /**
   * Returns this app with {@code group} added: its commands are invoked by the group's name, then theirs
   * ({@code app db migrate}), with the group's hooks and configs between the app's and their own.
   *
   * @throws IllegalArgumentException if a command or group has that name already, or a command of the group does not
   *     resolve
   */
  public App group(Group group) {
    return plus(group);
  }

  /** Returns this app with {@code config} added to the global configs, which every command gets first. */
  public App config(ConfigSpec<?> config) {
    List<ConfigSpec<?>> more = new ArrayList<>(configs);
    more.add(Objects.requireNonNull(config, "config"));
    return new App(name, description, version, members, hooks, more, settings, null);
  }

  /** Returns this app with a global config of class {@code type} (see {@link ConfigSpec#of(Class)}). */
  public App config(Class<?> type) {
    return config(ConfigSpec.of(type));
  }

  /** Returns this app with {@code newHooks} as its global hooks, in place of the {@link Hooks#defaults() defaults}. */
  public App hooks(Hooks newHooks) {
    return new App(name, description, version, members, Objects.requireNonNull(newHooks, "hooks"), configs, settings,
        null);
  }

  /** Returns this app with the global hook {@code hook} at the end of {@code stage}, under {@code key}. */
  public App andThen(Stage stage, String key, Hook<Invocation> hook) {
    return hooks(hooks.andThen(stage, key, hook));
  }

  /** Returns this app with {@code around} wrapping the global hooks of {@code stage} so far, under {@code key}. */
  public App around(Stage stage, String key, Around<Invocation> around) {
    return hooks(hooks.around(stage, key, around));
  }

  /** Returns this app with the global parser hook {@code hook}: it adds options to every command. */
  public App andThenParser(String key, Hook<CommandSpec> hook) {
    return hooks(hooks.andThenParser(key, hook));
  }

  /** Returns this app without the global hook {@code key} of {@code stage}. */
  public App forget(Stage stage, String key) {
    return hooks(hooks.forget(stage, key));
  }

  /** Returns this app without the global parser hook {@code key}. */
  public App forgetParser(String key) {
    return hooks(hooks.forgetParser(key));
  }

  /** Returns this app with the global hook {@code key} of {@code stage} replaced in place by {@code hook}. */
  public App override(Stage stage, String key, Hook<Invocation> hook) {
    return hooks(hooks.override(stage, key, hook));
  }

  /** Returns this app with the global parser hook {@code key} replaced in place by {@code hook}. */
  public App overrideParser(String key, Hook<CommandSpec> hook) {
    return hooks(hooks.overrideParser(key, hook));
  }

  /**
   * Returns this app with {@code callback} registered under {@code name}, after the callbacks registered before it.
   * Callbacks from a file ({@link #callbacksFrom}) come after those registered in code.
   */
  public App callback(String callbackName, Callback callback) {
    List<NamedCallback> more = new ArrayList<>(settings.callbacks());
    more.add(new NamedCallback(Objects.requireNonNull(callbackName, "name"), Objects.requireNonNull(callback,
        "callback")));
    return with(settings.withCallbacks(more));
  }

  /**
   * Returns this app with more callbacks declared in {@code file} (relative to the app's directory), under a
   * {@code callbacks:} map of {@code name: {_target_: class, param: value}}, after those of files named before. The
   * file is read, and its callbacks created, once per invocation; a missing file, a folder, or a file without a
   * {@code callbacks:} map is an error then, in one line.
   */
  public App callbacksFrom(Path file) {
    return with(settings.withCallbackFile(Objects.requireNonNull(file, "file")));
  }

  /**
   * Returns this app with its configs composed from {@code composition}, as Hydra composes them: config groups whose
   * options are files, defaults lists that choose them, and {@code group=option} on the command line. The
   * {@link io.hookline.DefaultHooks#COMPOSE compose} hook takes the place of the {@code load} hook, and each
   * config binds to the composed node named by its id (or by {@link ConfigSpec#at}). Hookline's own settings come
   * from the composed {@code hookline} node: {@code hookline.callbacks} after the callbacks registered in code and
   * those of {@link #callbacksFrom} files, and {@code hookline.launcher}.
   */
  public App compose(Composition composition) {
    return new App(name, description, version, members, hooks, configs,
        settings.withComposition(Objects.requireNonNull(composition, "composition")), null);
  }

  /** Returns this app with multiruns run by {@code launcher}, unless the command line picks another. */
  public App launcher(Launcher launcher) {
    return with(settings.withLauncher(Objects.requireNonNull(launcher, "launcher")));
  }

  /**
   * Returns this app with {@code sweeper} choosing its multiruns' jobs: the grid ({@link Sweeper#grid()}) unless set,
   * or a search that proposes batches of jobs and learns from their returns.
   */
  public App sweeper(Sweeper sweeper) {
    return with(settings.withSweeper(Objects.requireNonNull(sweeper, "sweeper")));
  }

  /**
   * Returns this app with {@code gracePeriod} as the time a job has to stop once interrupted (Ctrl-C), 10 seconds
   * unless set. A job still running after it is INTERRUPTED, and its end events fire without it.
   *
   * @throws IllegalArgumentException unless it is above 0 and at most an hour
   */
  public App gracePeriod(Duration gracePeriod) {
    if (gracePeriod.isNegative() || gracePeriod.isZero() || gracePeriod.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("the grace period is above 0 and at most an hour, not " + gracePeriod);
    }
    return with(settings.withGracePeriod(gracePeriod));
  }

  /** Returns this app with its output directories as {@code outputs} say. */
  public App outputs(OutputDirs outputs) {
    return with(settings.withOutputs(Objects.requireNonNull(outputs, "outputs")));
  }

  /** Returns this app with relative paths resolved against {@code newDirectory}. */
  public App directory(Path newDirectory) {
    return with(settings.withDirectory(Objects.requireNonNull(newDirectory, "directory")));
  }

  /** Returns this app with help written to {@code newOut} and errors to {@code newErr}. */
  public App output(PrintStream newOut, PrintStream newErr) {
    return with(settings.withOutput(Objects.requireNonNull(newOut, "out"), Objects.requireNonNull(newErr, "err")));
  }

  /** Returns the app's name. */
  public String name() {
    return name;
  }

  /** Returns the global hooks. */
  public Hooks hooks() {
    return hooks;
  }

  /** Returns the global configs, in order. */
  public List<ConfigSpec<?>> configs() {
    return configs;
  }

  /**
   * Returns the paths of the commands, in the order they were added, a group's after the group's name
   * ({@code "db migrate"}).
   */
  public List<String> commandNames() {
    return tree.commandPaths();
  }

  /**
   * Returns what the command at path {@code command} ({@code "train"}, {@code "db migrate"}) looks like from the
   * command line: its effective configs and the options its parser hooks added.
   *
   * @throws IllegalArgumentException if there is no such command
   */
  public CommandSpec spec(String command) {
    ResolvedCommand found = tree.command(command);
    if (found == null) {
      throw new IllegalArgumentException("no command '" + command + "'; the commands are " + commandNames());
    }
    return found.spec();
  }

  /**
   * Runs the program on {@code args} and returns its {@link Outcome#exitCode() exit code}. Never calls
   * {@code System.exit}.
   *
   * <p>While it runs, a shutdown hook stands by: on Ctrl-C (or SIGTERM) it interrupts the run and waits for the jobs
   * to stop and every started callback to get its end event, so that the process exits only then. A job that ignores
   * the interrupt has the {@link #gracePeriod grace period}; then its events end without it, as INTERRUPTED, and the
   * process exits with code 130 within the grace period and 30 seconds more.
   */
  public int wake(String... args) {
    return ShutdownGuard.guard(name, ShutdownPlan.of(name, settings), () -> invoke(args).exitCode());
  }

  /**
   * Returns the configs the command that {@code args} name would run with, exactly as a run's config stages bind them
   * (loaded or composed, overridden, their {@code _target_} nodes built), without running it: no callback is made,
   * no output directory is made, and no config file is written. For tests of an app's configs, and for tools:
   * {@code app.configsFor("train", "optimizer=adam").get(TrainConfig.class)}. The composed tree itself is what
   * {@code invoke(command, "--cfg", "job")} prints, and its {@link Outcome#result()}.
   *
   * @throws InputException what a run would report as bad input (exit code 2): a wrong key, a value that does not
   *     fit, {@code --help}, {@code -m} or {@code --cfg} among the arguments
   */
  public Configs configsFor(String... args) {
    return Runner.configs(new AppParts(name, description, version, tree, settings), Arrays.asList(args));
  }

  /** Runs the program on {@code args} and returns what came of it; never throws. */
  public Outcome invoke(String... args) {
    return Runner.invoke(new AppParts(name, description, version, tree, settings), Arrays.asList(args));
  }

  private App with(Settings newSettings) {
    return new App(name, description, version, members, hooks, configs, newSettings, tree);
  }

  private App plus(Object member) {
    List<Object> more = new ArrayList<>(members);
    more.add(member);
    return new App(name, description, version, more, hooks, configs, settings, plus(tree, member));
  }

  /** Returns {@code tree} with {@code member}, a command or a group, resolved under this app's hooks and configs. */
  private CommandTree plus(CommandTree tree, Object member) {
    Composition composition = settings.composition();
    Hooks global = composition == null ? hooks : DefaultHooks.composing(hooks, composition);
    return member instanceof Command command ? tree.plus(command, global, configs)
        : tree.plus((Group) member, global, configs);
  }

  @Override
  public String toString() {
    return "App[" + name + ", commands " + commandNames() + "]";
  }
}

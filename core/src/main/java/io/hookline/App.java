package io.hookline;

import io.hookline.cli.Completion;
import io.hookline.cli.Help;
import io.hookline.cli.OptionsParser;
import io.hookline.cli.ParsedLine;
import io.hookline.command.Command;
import io.hookline.command.CommandSpec;
import io.hookline.command.Hooks;
import io.hookline.command.InputException;
import io.hookline.command.Invocation;
import io.hookline.config.ConfigSpec;
import io.hookline.config.Configs;
import io.hookline.config.internal.Suggestions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A command-line program: its commands, the global hooks and configs they share, and where it reads and writes.
 *
 * <p>Contract: immutable; every method that configures returns a new app, so two apps in one JVM never see each
 * other, and one app can be invoked from many threads. Each command is resolved when it is added, and all of them
 * again whenever the global hooks or configs change (never when only the directory or the streams do): the parser
 * hooks run then, and conflicts (duplicate config ids, option names, or hook keys) are reported at once, as
 * {@link IllegalArgumentException}s.
 *
 * <p>{@link #wake} runs the program and returns its {@link ExitCode exit code}; it never calls {@link System#exit}, so
 * {@code main} is {@code System.exit(app.wake(args))}. {@link #invoke} does the same and returns an {@link Outcome}
 * for tests and embedding. Help goes to the app's output stream; errors to its error stream.
 */
public final class App {

  private final String name;
  private final String description;
  private final Map<String, Command> commands;
  private final Hooks hooks;
  private final List<ConfigSpec<?>> configs;
  private final Path directory;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, Resolved> resolved;

  private App(String name, String description, Map<String, Command> commands, Hooks hooks,
      List<ConfigSpec<?>> configs, Path directory, PrintStream out, PrintStream err,
      @Nullable Map<String, Resolved> resolved) {
    this.name = name;
    this.description = description;
    this.commands = commands;
    this.hooks = hooks;
    this.configs = List.copyOf(configs);
    this.directory = directory;
    this.out = out;
    this.err = err;
    if (resolved != null) {
      this.resolved = resolved;
    } else {
      Map<String, Resolved> all = new LinkedHashMap<>();
      commands.values().forEach(command -> all.put(command.name(), resolve(command)));
      this.resolved = all;
    }
  }

  /**
   * Returns an app named {@code name} (the name it is run by, shown in help and errors) with no commands, the
   * {@link Hooks#defaults() default hooks}, the working directory, and the standard streams.
   */
  public static App named(String name) {
    return new App(Objects.requireNonNull(name, "name"), "", Map.of(), Hooks.defaults(), List.of(), Path.of(""),
        System.out, System.err, null);
  }

  /** Returns this app with a description for its help. */
  public App describedAs(String newDescription) {
    return new App(name, Objects.requireNonNull(newDescription, "description"), commands, hooks, configs, directory,
        out, err, resolved);
  }

  /**
   * Returns this app with {@code command} added.
   *
   * @throws IllegalArgumentException if a command has that name already, or the command does not resolve
   */
  public App command(Command command) {
    if (commands.containsKey(command.name())) {
      throw new IllegalArgumentException("command '" + command.name() + "' is already registered");
    }
    Map<String, Command> more = new LinkedHashMap<>(commands);
    more.put(command.name(), command);
    Map<String, Resolved> all = new LinkedHashMap<>(resolved);
    all.put(command.name(), resolve(command));
    return new App(name, description, more, hooks, configs, directory, out, err, all);
  }

  /** Returns this app with {@code config} added to the global configs, which every command gets first. */
  public App config(ConfigSpec<?> config) {
    List<ConfigSpec<?>> more = new ArrayList<>(configs);
    more.add(Objects.requireNonNull(config, "config"));
    return new App(name, description, commands, hooks, more, directory, out, err, null);
  }

  /** Returns this app with {@code newHooks} as its global hooks. */
  public App hooks(Hooks newHooks) {
    return new App(name, description, commands, Objects.requireNonNull(newHooks, "hooks"), configs, directory, out,
        err, null);
  }

  /** Returns this app with relative config paths resolved against {@code newDirectory}. */
  public App directory(Path newDirectory) {
    return new App(name, description, commands, hooks, configs, Objects.requireNonNull(newDirectory, "directory"),
        out, err, resolved);
  }

  /** Returns this app with help written to {@code newOut} and errors to {@code newErr}. */
  public App output(PrintStream newOut, PrintStream newErr) {
    return new App(name, description, commands, hooks, configs, directory, Objects.requireNonNull(newOut, "out"),
        Objects.requireNonNull(newErr, "err"), resolved);
  }

  /** Returns the app's name. */
  public String name() {
    return name;
  }

  /** Returns the global hooks. */
  public Hooks hooks() {
    return hooks;
  }

  /** Returns the names of the commands, in the order they were added. */
  public List<String> commandNames() {
    return List.copyOf(commands.keySet());
  }

  /**
   * Returns what the command {@code command} looks like from the command line: its effective configs and the options
   * its parser hooks added.
   *
   * @throws IllegalArgumentException if there is no such command
   */
  public CommandSpec spec(String command) {
    Resolved found = resolved.get(command);
    if (found == null) {
      throw new IllegalArgumentException("no command '" + command + "'; the commands are " + commandNames());
    }
    return found.spec;
  }

  /** Runs the program on {@code args} and returns its {@link ExitCode exit code}. Never calls {@code System.exit}. */
  public int wake(String... args) {
    return invoke(args).exitCode();
  }

  /** Runs the program on {@code args} and returns what came of it. */
  public Outcome invoke(String... args) {
    List<String> arguments = Arrays.asList(args);
    try {
      return run(arguments);
    } catch (InputException e) {
      err.println(name + ": " + e.getMessage());
      return new Outcome(ExitCode.USAGE, null, e, null);
    } catch (Throwable t) {
      Failures.report(err, name, arguments.isEmpty() ? "" : arguments.get(0), t);
      return new Outcome(ExitCode.FAILED, null, t, null);
    }
  }

  private Outcome run(List<String> args) {
    if (args.isEmpty()) {
      throw new InputException("no command given; the commands are " + commandNames() + " (see --help)");
    }
    String first = args.get(0);
    if (first.equals("-h") || first.equals("--help")) {
      out.print(Help.app(name, description, specs()));
      return new Outcome(ExitCode.OK, null, null, null);
    }
    if (first.equals("--completion")) {
      if (args.size() != 2) {
        throw new InputException("--completion takes one shell: bash or zsh");
      }
      out.print(Completion.script(args.get(1), name, specs()));
      return new Outcome(ExitCode.OK, null, null, null);
    }
    if (first.startsWith("-")) {
      throw new InputException("unknown option '" + first + "'"
          + Suggestions.didYouMean(first, List.of("--help", "--completion"))
          + "; a command's options go after the command's name");
    }
    Resolved command = resolved.get(first);
    if (command == null) {
      throw new InputException("unknown command '" + first + "'" + Suggestions.didYouMean(first, commandNames())
          + "; the commands are " + commandNames());
    }
    ParsedLine line = OptionsParser.parse(command.spec, args.subList(1, args.size()));
    if (line.help()) {
      out.print(Help.command(name, command.spec));
      return new Outcome(ExitCode.OK, null, null, null);
    }
    Invocation invocation = new Invocation(first, command.command.target(), line.options(), line.overrides(),
        Configs.of(command.configs), null, null, Map.of(), directory);
    Invocation done = command.hooks.run(invocation);
    return new Outcome(ExitCode.OK, done.result(), null, done);
  }

  private List<CommandSpec> specs() {
    return resolved.values().stream().map(Resolved::spec).toList();
  }

  private Resolved resolve(Command command) {
    List<ConfigSpec<?>> effectiveConfigs = command.effectiveConfigs(configs);
    Configs.of(effectiveConfigs);
    Hooks effective = command.effectiveHooks(hooks);
    CommandSpec spec = effective.describe(
        new CommandSpec(command.name(), command.description(), effectiveConfigs, List.of()));
    for (var option : spec.options()) {
      for (String reserved : OptionsParser.HELP) {
        if (option.names().contains(reserved)) {
          throw new IllegalArgumentException("command '" + command.name() + "': the option name '" + reserved
              + "' is reserved for help");
        }
      }
    }
    return new Resolved(command, effective, effectiveConfigs, spec);
  }

  @Override
  public String toString() {
    return "App[" + name + ", commands " + commandNames() + "]";
  }

  /** A command with its effective hooks, configs and spec. */
  private record Resolved(Command command, Hooks hooks, List<ConfigSpec<?>> configs, CommandSpec spec) {}

  /** Reports a failed run: the error's message first, then its stack trace without Hookline's own frames. */
  private static final class Failures {

    private static final List<String> HIDDEN = List.of("io.hookline.pipeline.", "io.hookline.command.",
        "io.hookline.config.", "io.hookline.cli.", "io.hookline.App", "java.lang.reflect.", "jdk.internal.reflect.");

    static void report(PrintStream err, String app, String command, Throwable error) {
      err.println(app + ": command '" + command + "' failed: " + error);
      print(err, error, "");
    }

    private static void print(PrintStream err, Throwable error, String indent) {
      for (StackTraceElement frame : error.getStackTrace()) {
        if (HIDDEN.stream().noneMatch(frame.getClassName()::startsWith)) {
          err.println(indent + "\tat " + frame);
        }
      }
      Throwable cause = error.getCause();
      if (cause != null && cause != error) {
        err.println(indent + "Caused by: " + cause);
        print(err, cause, indent);
      }
    }
  }
}

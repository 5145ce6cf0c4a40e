package io.hookline.internal;

import io.hookline.CommandSpec;
import io.hookline.InputException;
import io.hookline.OptionSpec;
import io.hookline.cli.Completion;
import io.hookline.cli.HydraFlags;
import io.hookline.cli.OptionsParser;
import io.hookline.cli.Reserved;
import io.hookline.config.internal.Suggestions;
import io.hookline.launch.internal.Journal;
import io.hookline.launch.internal.LauncherProviders;
import io.hookline.launch.internal.Worker;
import io.hookline.provider.internal.ProviderChoice;
import io.hookline.sweep.internal.SweeperProviders;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a program's arguments and says what to do: show a text (help, a completion script), run a command, or run one
 * job of a plan as a worker.
 *
 * <p>Contract: the app's own options ({@code --version}, {@code --completion SHELL}, {@code --man DIR},
 * {@code --rerun JOB_DIR},
 * {@code --resume SWEEP_DIR}, the worker option) come first. Then come the words that name a group, as many as it is
 * nested, and the command ({@code app db migrate}). {@code --help} before the command shows the help of the app or
 * of the group named so far. Any other option before the command's name is one of the command's own, given early
 * ({@code app --dry-run deploy} is {@code app deploy --dry-run}); an option that no command there has is an unknown
 * option, with suggestions. Everything else is the command's to parse. Every mistake is an {@link InputException}.
 */
final class Dispatcher {

  private Dispatcher() {}

  /** Reads {@code args} for {@code app}. */
  static Dispatch dispatch(AppParts app, List<String> args) {
    if (args.isEmpty()) {
      throw new InputException("no command given; the commands are " + app.tree().memberNames("") + " (see --help)");
    }
    Supplier<String> eager = app.eager(args.get(0));
    if (eager != null) {
      if (args.size() != 1) {
        throw new InputException(args.get(0) + " takes nothing after it");
      }
      return new Dispatch.Show(eager.get());
    }
    return switch (args.get(0)) {
      case "--version" -> version(app, args);
      case "--completion" -> completion(app, args);
      case "--man" -> new Dispatch.Show(Manuals.write(app, args));
      case "--rerun" -> rerun(app, args);
      case "--resume" -> resume(app, args);
      case Worker.OPTION -> work(app, args);
      default -> command(app, args);
    };
  }

  private static Dispatch version(AppParts app, List<String> args) {
    if (args.size() != 1) {
      throw new InputException("--version takes nothing after it");
    }
    return new Dispatch.Show(AppVersion.line(app));
  }

  private static Dispatch completion(AppParts app, List<String> args) {
    if (args.size() != 2) {
      throw new InputException("--completion takes one shell: bash, zsh or fish");
    }
    return new Dispatch.Show(Completion.script(args.get(1), app.name(), app.tree().memberNamesWithAliases(),
        app.tree().completedSpecs(), LauncherProviders.find().values(), SweeperProviders.find().values(),
        app.eagerFlags()));
  }

  /**
   * Returns the folder that {@code args}' second word names ({@code --rerun DIR}), in the app's directory.
   *
   * @throws InputException if the word cannot name a path (it holds a NUL)
   */
  private static Path folder(AppParts app, List<String> args) {
    try {
      return app.settings().directory().resolve(args.get(1));
    } catch (InvalidPathException e) {
      throw new InputException(args.get(0) + " " + args.get(1) + ": not a folder's name (" + e.getMessage() + ")");
    }
  }

  /** Reads {@code --rerun JOB_DIR [key=value ...]}. */
  private static Dispatch rerun(AppParts app, List<String> args) {
    if (args.size() < 2 || args.get(1).startsWith("-")) {
      throw new InputException("--rerun takes a job's directory, then any overrides to apply on top");
    }
    RerunJob job = RerunJob.read(folder(app, args));
    ResolvedCommand command = app.commands().get(job.command());
    if (command == null) {
      throw new InputException("--rerun " + args.get(1) + ": the job's command '" + job.command() + "' is not one of "
          + app.commandNames());
    }
    List<String> overrides = args.subList(2, args.size());
    for (String override : overrides) {
      if (override.startsWith("-")) {
        throw new InputException("--rerun " + args.get(1) + ": '" + override + "' is an option; a job runs again"
            + " with its own options, and only overrides go after its directory");
      }
    }
    OptionsParser.once(overrides);
    return new Dispatch.Rerun(command, job, List.copyOf(overrides));
  }

  /** Reads {@code --resume SWEEP_DIR}, then a launcher's overrides and the options a resume takes, in any order. */
  private static Dispatch resume(AppParts app, List<String> args) {
    if (args.size() < 2 || args.get(1).startsWith("-")) {
      throw new InputException("--resume takes a sweep's directory, then a launcher and its options if another,"
          + " and --force");
    }
    Path sweepDir = folder(app, args);
    Journal.Contents journal = Journal.read(sweepDir);
    String name = String.valueOf(journal.sweep().get("command"));
    ResolvedCommand command = app.commands().get(name);
    if (command == null) {
      throw new InputException("--resume " + args.get(1) + ": the sweep's command '" + name + "' is not one of "
          + app.commandNames());
    }
    List<String> rest = new ArrayList<>();
    Reserved.Given reserved = Reserved.read(Reserved.Place.RESUME, args.subList(2, args.size()), rest);
    for (String arg : rest) {
      if (!ProviderChoice.isOwn(LauncherProviders.KIND, arg)) {
        throw new InputException("--resume " + args.get(1) + ": '" + arg + "' is neither a launcher's override"
            + " (launcher=NAME, launcher.OPTION=VALUE) nor " + Reserved.sentence(Reserved.at(Reserved.Place.RESUME)
            .stream().map(Reserved::spelled).toList(), "or") + "; a resumed sweep keeps its jobs as they were");
      }
    }
    return new Dispatch.Resume(command, sweepDir, journal, List.copyOf(rest), reserved);
  }

  /** Reads the worker's option: a plan and a job's number, or a plan alone to serve it. */
  private static Dispatch work(AppParts app, List<String> args) {
    if (args.size() == 2) {
      return new Dispatch.Serve(Path.of(args.get(1)));
    }
    if (args.size() != 3) {
      throw new InputException(Worker.OPTION + " takes a plan's path, and a job's number unless it serves");
    }
    Worker.PlanEntry job = Worker.read(Path.of(args.get(1)), args.get(2));
    ResolvedCommand command = app.commands().get(job.command());
    if (command == null) {
      throw new InputException("the plan's command '" + job.command() + "' is not one of " + app.commandNames());
    }
    return new Dispatch.Work(command, job);
  }

  /**
   * Reads the words that name the groups and the command, with options given before the command's name, then hands
   * the rest to the command's parser.
   */
  private static Dispatch command(AppParts app, List<String> args) {
    List<String> early = new ArrayList<>();
    String path = "";
    int at = 0;
    while (true) {
      while (at < args.size() && args.get(at).startsWith("-") && !args.get(at).equals("--")) {
        String arg = args.get(at);
        if (Reserved.HELP.flags().contains(arg)) {
          return new Dispatch.Show(CommandHelp.group(app, path));
        }
        boolean valued = commandOption(app, path, arg);
        early.add(arg);
        if (valued && at + 1 < args.size()) {
          early.add(args.get(++at));
        }
        at++;
      }
      if (at == args.size()) {
        throw new InputException((path.isEmpty() ? "no command given" : "group '" + path + "' needs a command")
            + (early.isEmpty() ? "" : " after " + early) + "; " + commandsOf(path) + " are "
            + app.tree().memberNames(path) + " (see " + (path.isEmpty() ? "" : path + " ") + "--help)");
      }
      String name = args.get(at++);
      String child = CommandTree.child(path, name);
      ResolvedCommand command = app.tree().command(child);
      if (command != null) {
        String deprecation = command.deprecation();
        if (deprecation != null) {
          app.settings().err().println(app.name() + ": command '" + child + "' is deprecated: " + deprecation);
        }
        return named(app, command.spec().command(), command, early, args.subList(at, args.size()));
      }
      if (name.equals("help") && !app.tree().groups().containsKey(child)) {
        // picocli's and git's habit: `help COMMAND` is `COMMAND --help`
        List<String> asked = new ArrayList<>(args.subList(0, at - 1));
        asked.addAll(args.subList(at, args.size()));
        asked.add("--help");
        return dispatch(app, asked);
      }
      if (!app.tree().groups().containsKey(child)) {
        List<String> members = app.tree().memberNames(path); // only for the error: it streams
        throw new InputException("unknown command '" + name + "'" + (path.isEmpty() ? "" : " in group '" + path + "'")
            + "; " + commandsOf(path) + " are " + members + Suggestions.didYouMean(name, members));
      }
      path = child;
    }
  }

  /** Reads what follows the name of {@code command}: a resume or rerun of it, or its own arguments. */
  private static Dispatch named(AppParts app, String path, ResolvedCommand command, List<String> early,
      List<String> after) {
    if (early.isEmpty() && !after.isEmpty() && (after.get(0).equals("--resume") || after.get(0).equals("--rerun"))) {
      return again(app, path, command, after);
    }
    List<String> rest = new ArrayList<>(early);
    rest.addAll(after);
    Dispatch.Run run = new Dispatch.Run(command, OptionsParser.parse(command.spec(), app.settings().converters(),
        app.settings().optionDefaults(), app.settings().directory(), rest));
    for (String warning : run.line().warnings()) {
      app.settings().err().println(app.name() + ": " + warning);
    }
    return run;
  }

  /**
   * Reads {@code app COMMAND --resume DIR …} (or {@code --rerun}) as {@code app --resume DIR …}, as most users write it:
   * the sweep or job in DIR must be of that command.
   */
  private static Dispatch again(AppParts app, String path, ResolvedCommand named, List<String> args) {
    Dispatch dispatch = dispatch(app, args);
    ResolvedCommand ran = dispatch instanceof Dispatch.Resume resume ? resume.command()
        : ((Dispatch.Rerun) dispatch).command();
    if (ran != named) {
      String what = dispatch instanceof Dispatch.Resume ? "sweep" : "job";
      throw new InputException(args.get(0) + " " + args.get(1) + ": the " + what + " ran command '"
          + ran.spec().command() + "', not '" + path + "'; leave the command out, as in " + args.get(0) + " DIR");
    }
    return dispatch;
  }

  private static String commandsOf(String path) {
    return path.isEmpty() ? "the commands" : "its commands";
  }

  /**
   * Returns whether the word after {@code arg}, an option of some command under the group at {@code path} given before
   * the command, is its value.
   *
   * @throws InputException if no command there has the option
   */
  private static boolean commandOption(AppParts app, String path, String arg) {
    List<OptionSpec> options = app.tree().specsUnder(path).stream().flatMap(command -> command.options().stream())
        .toList();
    Boolean valued = OptionsParser.takesNext(arg, options);
    if (valued != null) {
      return valued;
    }
    String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    String hydra = HydraFlags.hint(flag);
    if (hydra != null) {
      throw new InputException("unknown option '" + flag + "'; " + hydra);
    }
    List<String> known = new ArrayList<>(List.of("--help", "--completion"));
    options.forEach(option -> known.addAll(option.flags()));
    throw new InputException("unknown option '" + flag + "'" + Suggestions.didYouMean(flag, known)
        + (path.isEmpty() ? "; the app's options are --help and --completion, and a command's options are its own"
        : " for group '" + path + "'; a command's options are its own"));
  }
}

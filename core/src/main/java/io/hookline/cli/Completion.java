package io.hookline.cli;

import io.hookline.CommandSpec;
import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.OptionSpec;
import io.hookline.Provider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shell completion scripts, printed by {@code app --completion bash|zsh|fish}: they complete the command and group
 * names, a group's commands after its name, each command's options and the values of an option with choices, its
 * config keys as {@code key=}, and the launchers and sweepers with their options ({@code launcher=parallel},
 * {@code launcher.threads=}).
 *
 * <p>Install with {@code source <(app --completion bash)} in {@code ~/.bashrc}, {@code source <(app --completion zsh)}
 * in {@code ~/.zshrc}, or {@code app --completion fish | source} in fish's {@code config.fish}. The app's name must be
 * the name the program is run by.
 */
public final class Completion {

  /** The shells a script is written for. */
  public static final List<String> SHELLS = List.of("bash", "zsh", "fish");

  private Completion() {}

  /**
   * Returns the script for {@code shell}, completing the {@code groups} (each path, the app's being {@code ""}, with
   * its members' names), the {@code commands} (whose names are their paths), and the {@code launchers} and
   * {@code sweepers}.
   *
   * @throws InputException if no script is written for the shell
   */
  public static String script(String shell, String app, Map<String, List<String>> groups, List<CommandSpec> commands,
      Collection<? extends Provider<?>> launchers, Collection<? extends Provider<?>> sweepers, List<String> eager) {
    List<String> providers = providerWords(launchers, "launcher");
    providers.addAll(providerWords(sweepers, "sweeper"));
    return switch (shell) {
      case "bash" -> bash(app, groups, commands, providers, eager);
      case "zsh" -> zsh(app, groups, commands, providers, eager);
      case "fish" -> fish(app, groups, commands, providers, eager);
      default -> throw new InputException("no completion for shell '" + shell + "'; choose one of "
          + String.join(", ", SHELLS));
    };
  }

  /**
   * Returns the lines of a bash or zsh function body that set {@code cmd_path} to the path of the group or command
   * named so far, by words {@code first} up to the one before the cursor, {@code word(i)} reading word i.
   */
  private static String pathLoop(String first, String cursor, String word, Map<String, List<String>> groups,
      List<CommandSpec> commands) {
    List<String> paths = new ArrayList<>();
    groups.keySet().stream().filter(path -> !path.isEmpty()).forEach(path -> paths.add(quoted(path)));
    commands.forEach(command -> paths.add(quoted(command.command())));
    return "  local cmd_path='' i\n"
        + "  for ((i = " + first + "; i < " + cursor + "; i++)); do\n"
        + "    case \"${cmd_path:+$cmd_path }" + word + "\" in\n"
        + "      " + String.join("|", paths) + ") cmd_path=\"${cmd_path:+$cmd_path }" + word + "\" ;;\n"
        + "    esac\n"
        + "  done\n";
  }

  private static String bash(String app, Map<String, List<String>> groups, List<CommandSpec> commands,
      List<String> providers, List<String> eager) {
    String function = "_" + identifier(app) + "_complete";
    StringBuilder script = new StringBuilder();
    script.append("# bash completion for ").append(app).append("; load it with: source <(").append(app)
        .append(" --completion bash)\n");
    script.append(function).append("() {\n");
    script.append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n");
    script.append(pathLoop("1", "COMP_CWORD", "${COMP_WORDS[i]}", groups, commands));
    script.append("  case \"$cmd_path\" in\n");
    groups.forEach((path, members) -> script.append("    ").append(quoted(path)).append(") COMPREPLY=($(compgen -W \"")
        .append(String.join(" ", members)).append(' ').append(own(path, eager)).append("\" -- \"$cur\")) ;;\n"));
    for (CommandSpec command : commands) {
      script.append("    ").append(quoted(command.command())).append(")\n");
      script.append("      case \"$prev\" in\n");
      for (OptionSpec option : withChoices(command)) {
        script.append("        ").append(String.join("|", option.flags())).append(") COMPREPLY=($(compgen -W \"")
            .append(String.join(" ", option.choices())).append("\" -- \"$cur\")); return ;;\n");
      }
      script.append("      esac\n");
      script.append("      local words=\"").append(String.join(" ", words(command, providers))).append("\" w\n");
      List<List<String>> exclusive = exclusive(command);
      if (!exclusive.isEmpty()) {
        script.append("      for w in \"${COMP_WORDS[@]:1:COMP_CWORD-1}\"; do\n")
            .append("        case \"${w%%=*}\" in\n");
        for (List<String> flags : exclusive) {
          script.append("          ").append(String.join("|", flags)).append(") words=\" $words \"");
          flags.forEach(flag -> script.append("; words=\"${words// ").append(flag).append(" / }\""));
          script.append(" ;;\n");
        }
        script.append("        esac\n      done\n");
      }
      script.append("      COMPREPLY=($(compgen -W \"$words\" -- \"$cur\")) ;;\n");
    }
    script.append("  esac\n");
    script.append("  if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *[=.] ]]; then compopt -o nospace 2>/dev/null;")
        .append(" fi\n");
    script.append("}\n");
    script.append("complete -F ").append(function).append(' ').append(app).append('\n');
    return script.toString();
  }

  private static String zsh(String app, Map<String, List<String>> groups, List<CommandSpec> commands,
      List<String> providers, List<String> eager) {
    String function = "_" + identifier(app);
    StringBuilder script = new StringBuilder();
    script.append("#compdef ").append(app).append('\n');
    script.append("# zsh completion for ").append(app).append("; load it with: source <(").append(app)
        .append(" --completion zsh)\n");
    script.append(function).append("() {\n");
    script.append(pathLoop("2", "CURRENT", "${words[i]}", groups, commands));
    script.append("  case \"$cmd_path\" in\n");
    groups.forEach((path, members) -> script.append("    ").append(quoted(path)).append(") compadd -- ")
        .append(String.join(" ", members)).append(' ').append(own(path, eager)).append(" ;;\n"));
    for (CommandSpec command : commands) {
      List<String> keys = new ArrayList<>();
      List<String> options = new ArrayList<>();
      for (String word : words(command, providers)) {
        (word.endsWith("=") || word.endsWith(".") ? keys : options).add(word);
      }
      script.append("    ").append(quoted(command.command())).append(")\n");
      script.append("      case ${words[CURRENT-1]} in\n");
      for (OptionSpec option : withChoices(command)) {
        script.append("        ").append(String.join("|", option.flags())).append(") compadd -- ")
            .append(String.join(" ", option.choices())).append("; return ;;\n");
      }
      script.append("      esac\n");
      if (!keys.isEmpty()) {
        script.append("      compadd -S '' -- ").append(String.join(" ", keys)).append('\n');
      }
      List<List<String>> exclusive = exclusive(command);
      if (exclusive.isEmpty()) {
        script.append("      compadd -- ").append(String.join(" ", options)).append("\n      ;;\n");
        continue;
      }
      script.append("      local -a opts=(").append(String.join(" ", options)).append(")\n      local w\n")
          .append("      for w in ${words[2,CURRENT-1]}; do\n        case ${w%%=*} in\n");
      for (List<String> flags : exclusive) {
        script.append("          ").append(String.join("|", flags)).append(") opts=(${opts:#(")
            .append(String.join("|", flags)).append(")}) ;;\n");
      }
      script.append("        esac\n      done\n      compadd -- $opts\n      ;;\n");
    }
    script.append("  esac\n}\n");
    script.append("compdef ").append(function).append(' ').append(app).append('\n');
    return script.toString();
  }

  private static String fish(String app, Map<String, List<String>> groups, List<CommandSpec> commands,
      List<String> providers, List<String> eager) {
    String at = "__" + identifier(app) + "_at";
    List<String> paths = new ArrayList<>(groups.keySet().stream().filter(path -> !path.isEmpty()).toList());
    commands.forEach(command -> paths.add(command.command()));
    StringBuilder script = new StringBuilder();
    script.append("# fish completion for ").append(app).append("; load it with: ").append(app)
        .append(" --completion fish | source\n");
    script.append("function ").append(at)
        .append(" --description 'whether the words so far name this group or command'\n")
        .append("  set -l words (commandline -opc)\n")
        .append("  set -e words[1]\n")
        .append("  set -l cmd_path ''\n")
        .append("  for word in $words\n")
        .append("    set -l next $word\n")
        .append("    test -n \"$cmd_path\"; and set next \"$cmd_path $word\"\n")
        .append("    contains -- $next ").append(String.join(" ", paths.stream().map(Completion::quoted).toList()))
        .append("; and set cmd_path $next\n")
        .append("  end\n")
        .append("  test \"$cmd_path\" = \"$argv[1]\"\n")
        .append("end\n");
    script.append("complete -c ").append(app).append(" -f\n");
    groups.forEach((path, members) -> {
      String when = " -n \"" + at + " " + quoted(path) + "\"";
      script.append("complete -c ").append(app).append(when).append(" -a '").append(String.join(" ", members))
          .append("'\n");
      script.append("complete -c ").append(app).append(when).append(path.isEmpty() ? fishFlags(eager) + " -l help -l version -l completion"
          : " -l help").append('\n');
    });
    for (CommandSpec command : commands) {
      String when = " -n \"" + at + " " + quoted(command.command()) + "\"";
      for (OptionSpec option : command.options().stream().filter(option -> !option.positional() && !option.isHidden())
          .toList()) {
        String condition = partnersAbsent(when, command, option);
        script.append("complete -c ").append(app).append(condition).append(fishFlags(option.flags()));
        if (!option.choices().isEmpty()) {
          script.append(" -x -a '").append(String.join(" ", option.choices())).append('\'');
        } else if (option.takesValue()) {
          script.append(" -r");
        }
        script.append('\n');
        List<String> all = flagsAndNegations(option);
        if (all.size() > option.flags().size()) {
          script.append("complete -c ").append(app).append(condition)
              .append(fishFlags(all.subList(option.flags().size(), all.size()))).append('\n');
        }
      }
      List<String> keys = words(command, providers).stream().filter(word -> !word.startsWith("-")).toList();
      script.append("complete -c ").append(app).append(when).append(" -l help\n");
      script.append("complete -c ").append(app).append(when).append(" -a '").append(String.join(" ", keys))
          .append("'\n");
    }
    return script.toString();
  }

  /**
   * Returns the flags of each group of {@code command} of which one option at most may be given, their {@code --no-}
   * forms too: once one of them is on the line, the others are no longer offered.
   */
  private static List<List<String>> exclusive(CommandSpec command) {
    List<List<String>> groups = new ArrayList<>();
    OptionGroups.of(command.options()).values().stream()
        .filter(members -> !"all or none".equals(members.get(0).groupRule()))
        .forEach(members -> groups.add(members.stream().flatMap(option -> flagsAndNegations(option).stream())
            .toList()));
    return groups;
  }

  /**
   * Returns fish's condition {@code when} for {@code option} of {@code command}, and, if it is in a group of which one
   * option at most may be given, that none of the group's options is on the line yet.
   */
  private static String partnersAbsent(String when, CommandSpec command, OptionSpec option) {
    if (option.group() == null || "all or none".equals(option.groupRule())) {
      return when;
    }
    StringBuilder seen = new StringBuilder();
    command.options().stream().filter(other -> option.group().equals(other.group()))
        .forEach(other -> flagsAndNegations(other).forEach(flag -> seen.append(flag.startsWith("--") ? " -l "
            + flag.substring(2) : " -s " + flag.substring(1))));
    return when.substring(0, when.length() - 1) + "; and not __fish_seen_argument" + seen + "\"";
  }

  /** Returns an option's flags, then a negatable flag's {@code --no-} forms. */
  private static List<String> flagsAndNegations(OptionSpec option) {
    List<String> flags = new ArrayList<>(option.flags());
    if (option.isNegatable()) {
      OptionsParser.negated(option).forEach(name -> flags.add("--" + name));
    }
    return flags;
  }

  /** Returns the options of the app ({@code path} empty; its {@code eager} ones first) or of a group, before a command. */
  private static String own(String path, List<String> eager) {
    return path.isEmpty() ? String.join(" ", eager) + (eager.isEmpty() ? "" : " ") + "--help --version --completion"
        : "--help";
  }

  /** Returns fish's {@code -l NAME} and {@code -s N} for each of {@code flags} ({@code --license}, {@code -L}). */
  private static String fishFlags(List<String> flags) {
    StringBuilder words = new StringBuilder();
    flags.forEach(flag -> words.append(flag.startsWith("--") ? " -l " + flag.substring(2) : " -s " + flag.substring(1)));
    return words.toString();
  }

  /** Returns {@code path} in single quotes: command and group names hold no quote. */
  private static String quoted(String path) {
    return "'" + path + "'";
  }

  private static List<OptionSpec> withChoices(CommandSpec command) {
    return command.options().stream().filter(option -> !option.positional() && !option.choices().isEmpty()).toList();
  }

  /** Returns {@code KIND=NAME} for each provider, then {@code KIND.OPTION=} for each option of one. */
  private static List<String> providerWords(Collection<? extends Provider<?>> providers, String kind) {
    Set<String> words = new LinkedHashSet<>();
    providers.forEach(provider -> words.add(kind + "=" + provider.name()));
    providers.forEach(provider -> provider.options().keySet().forEach(option -> words.add(kind + "."
        + option.replace(".NAME", ".") + (option.endsWith(".NAME") ? "" : "="))));
    return new ArrayList<>(words);
  }

  /**
   * The words after a command: its option flags, the {@linkplain Reserved reserved} options every command has,
   * {@code key=} for each config key, and the launchers' and sweepers' words.
   */
  private static List<String> words(CommandSpec command, List<String> providers) {
    Set<String> words = new LinkedHashSet<>();
    for (OptionSpec option : command.options()) {
      if (option.isHidden()) {
        continue;
      }
      words.addAll(flagsAndNegations(option));
    }
    Reserved.at(Reserved.Place.COMMAND).forEach(option -> words.add("--" + option.name()));
    for (ConfigSpec<?> config : command.configs()) {
      config.keys().stream().filter(key -> !key.isFree()).forEach(key -> words.add(key.path() + "="));
    }
    words.addAll(providers);
    return List.copyOf(words);
  }

  private static String identifier(String app) {
    return app.replaceAll("[^A-Za-z0-9_]", "_");
  }
}

package io.hookline.cli;

import io.hookline.command.CommandSpec;
import io.hookline.command.OptionSpec;
import io.hookline.config.ConfigSpec;
import io.hookline.failure.InputException;
import io.hookline.provider.Provider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Shell completion scripts, printed by {@code app --completion bash|zsh|fish}: they complete the command names, each
 * command's options and the values of an option with choices, its config keys as {@code key=}, and the launchers and
 * sweepers with their options ({@code launcher=parallel}, {@code launcher.threads=}).
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
   * Returns the script for {@code shell}, completing {@code commands} and the {@code launchers} and {@code sweepers}.
   *
   * @throws InputException if no script is written for the shell
   */
  public static String script(String shell, String app, List<CommandSpec> commands,
      Collection<? extends Provider<?>> launchers, Collection<? extends Provider<?>> sweepers) {
    List<String> providers = providerWords(launchers, "launcher");
    providers.addAll(providerWords(sweepers, "sweeper"));
    return switch (shell) {
      case "bash" -> bash(app, commands, providers);
      case "zsh" -> zsh(app, commands, providers);
      case "fish" -> fish(app, commands, providers);
      default -> throw new InputException("no completion for shell '" + shell + "'; choose one of "
          + String.join(", ", SHELLS));
    };
  }

  private static String bash(String app, List<CommandSpec> commands, List<String> providers) {
    String function = "_" + identifier(app) + "_complete";
    StringBuilder script = new StringBuilder();
    script.append("# bash completion for ").append(app).append("; load it with: source <(").append(app)
        .append(" --completion bash)\n");
    script.append(function).append("() {\n");
    script.append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n");
    script.append("  if [[ ${COMP_CWORD} -eq 1 ]]; then\n");
    script.append("    COMPREPLY=($(compgen -W \"").append(String.join(" ", names(commands)))
        .append(" --help --version --completion\" -- \"$cur\"))\n    return\n  fi\n");
    script.append("  case \"${COMP_WORDS[1]}\" in\n");
    for (CommandSpec command : commands) {
      script.append("    ").append(command.command()).append(")\n");
      script.append("      case \"$prev\" in\n");
      for (OptionSpec option : withChoices(command)) {
        script.append("        ").append(String.join("|", option.flags())).append(") COMPREPLY=($(compgen -W \"")
            .append(String.join(" ", option.choices())).append("\" -- \"$cur\")); return ;;\n");
      }
      script.append("      esac\n");
      script.append("      COMPREPLY=($(compgen -W \"").append(String.join(" ", words(command, providers)))
          .append("\" -- \"$cur\")) ;;\n");
    }
    script.append("  esac\n");
    script.append("  if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]]; then compopt -o nospace 2>/dev/null;")
        .append(" fi\n");
    script.append("}\n");
    script.append("complete -F ").append(function).append(' ').append(app).append('\n');
    return script.toString();
  }

  private static String zsh(String app, List<CommandSpec> commands, List<String> providers) {
    String function = "_" + identifier(app);
    StringBuilder script = new StringBuilder();
    script.append("#compdef ").append(app).append('\n');
    script.append("# zsh completion for ").append(app).append("; load it with: source <(").append(app)
        .append(" --completion zsh)\n");
    script.append(function).append("() {\n");
    script.append("  if (( CURRENT == 2 )); then\n");
    script.append("    compadd -- ").append(String.join(" ", names(commands)))
        .append(" --help --version --completion\n");
    script.append("    return\n  fi\n");
    script.append("  case ${words[2]} in\n");
    for (CommandSpec command : commands) {
      List<String> keys = new ArrayList<>();
      List<String> options = new ArrayList<>();
      for (String word : words(command, providers)) {
        (word.endsWith("=") ? keys : options).add(word);
      }
      script.append("    ").append(command.command()).append(")\n");
      script.append("      case ${words[CURRENT-1]} in\n");
      for (OptionSpec option : withChoices(command)) {
        script.append("        ").append(String.join("|", option.flags())).append(") compadd -- ")
            .append(String.join(" ", option.choices())).append("; return ;;\n");
      }
      script.append("      esac\n");
      if (!keys.isEmpty()) {
        script.append("      compadd -S '' -- ").append(String.join(" ", keys)).append('\n');
      }
      script.append("      compadd -- ").append(String.join(" ", options)).append("\n      ;;\n");
    }
    script.append("  esac\n}\n");
    script.append("compdef ").append(function).append(' ').append(app).append('\n');
    return script.toString();
  }

  private static String fish(String app, List<CommandSpec> commands, List<String> providers) {
    StringBuilder script = new StringBuilder();
    script.append("# fish completion for ").append(app).append("; load it with: ").append(app)
        .append(" --completion fish | source\n");
    script.append("complete -c ").append(app).append(" -f\n");
    script.append("complete -c ").append(app).append(" -n __fish_use_subcommand -a '")
        .append(String.join(" ", names(commands))).append("'\n");
    script.append("complete -c ").append(app).append(" -n __fish_use_subcommand -l help -l version -l completion\n");
    for (CommandSpec command : commands) {
      String when = " -n '__fish_seen_subcommand_from " + command.command() + "'";
      for (OptionSpec option : command.options().stream().filter(option -> !option.positional()).toList()) {
        script.append("complete -c ").append(app).append(when);
        for (String name : option.names()) {
          script.append(name.length() == 1 ? " -s " : " -l ").append(name);
        }
        if (!option.choices().isEmpty()) {
          script.append(" -x -a '").append(String.join(" ", option.choices())).append('\'');
        } else if (option.takesValue()) {
          script.append(" -r");
        }
        script.append('\n');
      }
      List<String> keys = words(command, providers).stream().filter(word -> !word.startsWith("-")).toList();
      script.append("complete -c ").append(app).append(when).append(" -l help\n");
      script.append("complete -c ").append(app).append(when).append(" -a '").append(String.join(" ", keys))
          .append("'\n");
    }
    return script.toString();
  }

  private static List<String> names(List<CommandSpec> commands) {
    return commands.stream().map(CommandSpec::command).toList();
  }

  private static List<OptionSpec> withChoices(CommandSpec command) {
    return command.options().stream().filter(option -> !option.positional() && !option.choices().isEmpty()).toList();
  }

  /** Returns {@code KIND=NAME} for each provider, then {@code KIND.OPTION=} for each option of one. */
  private static List<String> providerWords(Collection<? extends Provider<?>> providers, String kind) {
    Set<String> words = new LinkedHashSet<>();
    providers.forEach(provider -> words.add(kind + "=" + provider.name()));
    providers.forEach(provider -> provider.options().forEach(option -> words.add(kind + "."
        + option.name().replace(".NAME", ".") + (option.name().endsWith(".NAME") ? "" : "="))));
    return new ArrayList<>(words);
  }

  /**
   * The words after a command: its option flags, {@code --help}, {@code key=} for each config key, and the launchers'
   * and sweepers' words.
   */
  private static List<String> words(CommandSpec command, List<String> providers) {
    Set<String> words = new LinkedHashSet<>();
    for (OptionSpec option : command.options()) {
      words.addAll(option.flags());
    }
    words.add("--help");
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

package io.hookline.cli;

import io.hookline.command.CommandSpec;
import io.hookline.failure.InputException;
import io.hookline.command.OptionSpec;
import io.hookline.config.ConfigSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Shell completion scripts, printed by {@code app --completion bash|zsh}: they complete the command names, each
 * command's options, and its config keys as {@code key=}.
 *
 * <p>Install with {@code source <(app --completion bash)} in {@code ~/.bashrc}, or {@code source <(app --completion
 * zsh)} in {@code ~/.zshrc}. The app's name must be the name the program is run by.
 */
public final class Completion {

  private Completion() {}

  /** Returns the script for {@code shell}, {@code bash} or {@code zsh}. */
  public static String script(String shell, String app, List<CommandSpec> commands) {
    return switch (shell) {
      case "bash" -> bash(app, commands);
      case "zsh" -> zsh(app, commands);
      default -> throw new InputException("no completion for shell '" + shell + "'; choose bash or zsh");
    };
  }

  static String bash(String app, List<CommandSpec> commands) {
    String function = "_" + identifier(app) + "_complete";
    StringBuilder script = new StringBuilder();
    script.append("# bash completion for ").append(app).append("; load it with: source <(").append(app)
        .append(" --completion bash)\n");
    script.append(function).append("() {\n");
    script.append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\"\n");
    script.append("  if [[ ${COMP_CWORD} -eq 1 ]]; then\n");
    script.append("    COMPREPLY=($(compgen -W \"").append(String.join(" ", names(commands)))
        .append(" --help --completion\" -- \"$cur\"))\n    return\n  fi\n");
    script.append("  case \"${COMP_WORDS[1]}\" in\n");
    for (CommandSpec command : commands) {
      script.append("    ").append(command.command()).append(") COMPREPLY=($(compgen -W \"")
          .append(String.join(" ", words(command))).append("\" -- \"$cur\")) ;;\n");
    }
    script.append("  esac\n");
    script.append("  if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]]; then compopt -o nospace 2>/dev/null; fi\n");
    script.append("}\n");
    script.append("complete -F ").append(function).append(' ').append(app).append('\n');
    return script.toString();
  }

  static String zsh(String app, List<CommandSpec> commands) {
    String function = "_" + identifier(app);
    StringBuilder script = new StringBuilder();
    script.append("#compdef ").append(app).append('\n');
    script.append("# zsh completion for ").append(app).append("; load it with: source <(").append(app)
        .append(" --completion zsh)\n");
    script.append(function).append("() {\n");
    script.append("  if (( CURRENT == 2 )); then\n");
    script.append("    compadd -- ").append(String.join(" ", names(commands))).append(" --help --completion\n");
    script.append("    return\n  fi\n");
    script.append("  case ${words[2]} in\n");
    for (CommandSpec command : commands) {
      List<String> keys = new ArrayList<>();
      List<String> options = new ArrayList<>();
      for (String word : words(command)) {
        (word.endsWith("=") ? keys : options).add(word);
      }
      script.append("    ").append(command.command()).append(")\n");
      if (!keys.isEmpty()) {
        script.append("      compadd -S '' -- ").append(String.join(" ", keys)).append('\n');
      }
      script.append("      compadd -- ").append(String.join(" ", options)).append("\n      ;;\n");
    }
    script.append("  esac\n}\n");
    script.append("compdef ").append(function).append(' ').append(app).append('\n');
    return script.toString();
  }

  private static List<String> names(List<CommandSpec> commands) {
    return commands.stream().map(CommandSpec::command).toList();
  }

  /** The words after a command: its option flags, {@code --help}, and {@code key=} for each config key. */
  private static List<String> words(CommandSpec command) {
    Set<String> words = new LinkedHashSet<>();
    for (OptionSpec option : command.options()) {
      words.addAll(option.flags());
    }
    words.add("--help");
    for (ConfigSpec<?> config : command.configs()) {
      config.keys().stream().filter(key -> !key.isFree()).forEach(key -> words.add(key.path() + "="));
    }
    return List.copyOf(words);
  }

  private static String identifier(String app) {
    return app.replaceAll("[^A-Za-z0-9_]", "_");
  }
}

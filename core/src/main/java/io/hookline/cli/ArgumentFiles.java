package io.hookline.cli;

import io.hookline.InputException;
import io.hookline.config.internal.TextFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Argument files, as picocli and {@code javac} read them: an argument {@code @FILE} stands for the arguments written in
 * {@code FILE}, anywhere on the command line, in a multirun too.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code FILE} resolves against the app's directory; it is read as UTF-8.</li>
 *   <li>In the file, arguments are separated by white space, new lines included. Single or double quotes keep white
 *       space in an argument and are removed; inside double quotes, {@code \"} is a quote and {@code \\} a
 *       backslash. A line whose first character that is not blank is {@code #} is a comment.</li>
 *   <li>An {@code @FILE} in a file is read too, up to {@value #MAX_DEPTH} files deep.</li>
 *   <li>{@code @@text} is the argument {@code @text}, and a lone {@code @} is itself. After {@code --}, nothing is
 *       read.</li>
 *   <li>A file that is missing, a folder, not a regular file, not UTF-8, larger than {@value #MAX_BYTES} bytes, or with
 *       an unclosed quote is an {@link InputException} that names it; so is a line of more than
 *       {@value #MAX_ARGUMENTS} arguments in all.</li>
 * </ul>
 */
public final class ArgumentFiles {

  /** The deepest that files may include one another. */
  public static final int MAX_DEPTH = 10;

  /** The largest file read. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  /** The most arguments a command line may hold once its files are read. */
  public static final int MAX_ARGUMENTS = 100_000;

  private ArgumentFiles() {}

  /** Returns {@code args} with each {@code @FILE} replaced by the arguments in it. */
  public static List<String> expand(List<String> args, Path directory) {
    if (!OptionsParser.anyStartsWith(args, "@")) {
      return args;
    }
    List<String> expanded = new ArrayList<>();
    expand(args, directory, 0, expanded);
    return expanded;
  }

  private static void expand(List<String> args, Path directory, int depth, List<String> into) {
    for (int i = 0; i < args.size(); i++) {
      String argument = args.get(i);
      if (argument.equals("--")) {
        into.addAll(args.subList(i, args.size()));
        break;
      }
      if (argument.startsWith("@@")) {
        into.add(argument.substring(1));
      } else if (argument.startsWith("@") && argument.length() > 1) {
        if (depth >= MAX_DEPTH) {
          throw new InputException(argument + ": argument files include one another more than " + MAX_DEPTH
              + " deep; does one include itself?");
        }
        expand(read(argument, directory.resolve(argument.substring(1))), directory, depth + 1, into);
        if (into.size() > MAX_ARGUMENTS) {
          throw new InputException(argument + ": more than " + MAX_ARGUMENTS + " arguments in all");
        }
      } else {
        into.add(argument);
      }
    }
  }

  /** Returns the arguments written in {@code file}, given as {@code shown}. */
  private static List<String> read(String shown, Path file) {
    String text;
    try {
      if (!Files.isRegularFile(file)) {
        throw new InputException(shown + ": " + (Files.isDirectory(file) ? "is a folder"
            : Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file) ? "is a link to nothing"
            : Files.exists(file) ? "is not a regular file" : "no such file") + "; an argument file is a file of"
            + " arguments (write @@ for an argument that begins with @)");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(shown + ": larger than " + MAX_BYTES + " bytes");
      }
      text = TextFile.read(file);
    } catch (CharacterCodingException e) {
      throw new InputException(shown + ": not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(shown + ": cannot read it: " + e.getMessage());
    }
    return split(text, shown);
  }

  /** Splits the text of an argument file into its arguments. */
  static List<String> split(String text, String shown) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = null;
    char quote = 0;
    int line = 1;
    int quoteLine = 0;
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (quote == '"' && c == '\\' && i + 1 < text.length()
            && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
          current.append(text.charAt(++i));
        } else {
          line += c == '\n' ? 1 : 0;
          current.append(c);
        }
        continue;
      }
      if (c == '\n') {
        line++;
      }
      if (Character.isWhitespace(c)) {
        if (current != null) {
          arguments.add(current.toString());
          current = null;
        }
        lineStart = lineStart || c == '\n';
        continue;
      }
      if (lineStart && c == '#') {
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
          i++;
        }
        continue;
      }
      lineStart = false;
      if (current == null) {
        current = new StringBuilder();
      }
      if (c == '"' || c == '\'') {
        quote = c;
        quoteLine = line;
      } else {
        current.append(c);
      }
    }
    if (quote != 0) {
      throw new InputException(shown + ":" + quoteLine + ": the quote " + quote + " opened here is not closed");
    }
    if (current != null) {
      arguments.add(current.toString());
    }
    return arguments;
  }
}

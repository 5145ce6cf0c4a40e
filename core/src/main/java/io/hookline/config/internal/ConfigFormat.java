package io.hookline.config.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a config can be read from and written to, chosen by the file's extension (case-insensitive).
 *
 * <ul>
 *   <li>{@link #YAML}: {@code .yaml} or {@code .yml}, the default;
 *   <li>{@link #JSON}: {@code .json};
 *   <li>{@link #HOCON}: {@code .conf}, with {@code ${}} substitution, resolved when the file is read.
 * </ul>
 */
public enum ConfigFormat {
  YAML("yaml", "yml"),
  JSON("json"),
  HOCON("conf");

  private static final ConfigFormat[] FORMATS = values();

  private final List<String> extensions;

  ConfigFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** Returns the extension a file of this format is written with, without the dot. */
  public String extension() {
    return extensions.get(0);
  }

  /** Returns every extension of this format, without dots. */
  public List<String> extensions() {
    return extensions;
  }

  /** Returns the format of {@code file}, by its extension, if it is one of the supported formats. */
  public static Optional<ConfigFormat> of(Path file) {
    String extension = extensionOf(file).toLowerCase(Locale.ROOT);
    for (ConfigFormat format : FORMATS) {
      if (format.extensions.contains(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Returns the extension of {@code file} without the dot, or an empty string if its name has none. */
  public static String extensionOf(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    int dot = text.lastIndexOf('.');
    return dot <= 0 ? "" : text.substring(dot + 1);
  }
}

package io.hookline.config.internal;

import io.hookline.ConfigFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The config formats a program knows: Hookline's own YAML, JSON and HOCON, then the {@link ConfigFormat} services on
 * the class path (TOML among them), looked up once, when a file's extension is not one of Hookline's own or a
 * composition asks which extensions it may read.
 *
 * <p>Contract: a format is chosen by a file's extension, case-insensitive; Hookline's own win, and a service that
 * claims one of their extensions, or another service's, is refused in one line naming both.
 */
public final class Formats {

  /** YAML: {@code .yaml} or {@code .yml}, the default. */
  public static final ConfigFormat YAML = new YamlFormat();

  /** JSON: {@code .json}. */
  public static final ConfigFormat JSON = new JsonFormat();

  /** HOCON: {@code .conf}, with {@code ${}} substitution, resolved when the file is read; not composed. */
  public static final ConfigFormat HOCON = new HoconFormat();

  private static final List<ConfigFormat> OWN = List.of(YAML, JSON, HOCON);

  private Formats() {}

  /** A format of Hookline's own, which reads with the line and column of every value. */
  interface Located extends ConfigFormat {

    /**
     * Returns what {@code text}, shown in messages and origins as {@code shown}, holds, with the origin of each value.
     *
     * @param folder where the file's includes come from, or {@code null} for none
     */
    Parsed parse(String text, String shown, @Nullable Path folder);

    /** Reads {@code text} as {@link #parse} does, without a file to name. */
    @Override
    default @Nullable Object read(String text) {
      return parse(text, "the document", null).tree();
    }
  }

  /** Returns the format of {@code file}, by its extension, if a format has it. */
  public static Optional<ConfigFormat> of(Path file) {
    return byExtension(extensionOf(file));
  }

  /** Returns the format whose files have {@code extension} (without the dot, any case), if one has. */
  public static Optional<ConfigFormat> byExtension(String extension) {
    String lower = extension.toLowerCase(Locale.ROOT);
    for (ConfigFormat format : OWN) {
      if (format.extensions().contains(lower)) {
        return Optional.of(format);
      }
    }
    return lower.isEmpty() ? Optional.empty() : Optional.ofNullable(Services.ALL.get(lower));
  }

  /** Returns the extension {@code format}'s files are written with, without the dot. */
  public static String extension(ConfigFormat format) {
    return format.extensions().get(0);
  }

  /** Returns the extensions of the formats a composition reads, Hookline's own first. */
  public static List<String> composable() {
    return Services.COMPOSABLE;
  }

  /** Returns every extension a config file may have, with its dot, for messages: {@code .yaml, .yml, … or .toml}. */
  public static String shown() {
    List<String> extensions = new ArrayList<>();
    OWN.forEach(format -> extensions.addAll(format.extensions()));
    extensions.addAll(Services.ALL.keySet());
    return shown(extensions);
  }

  /** Returns {@code extensions} with their dots, for messages: {@code .yaml, .yml, … or .toml}. */
  public static String shown(List<String> extensions) {
    List<String> all = new ArrayList<>(extensions);
    String last = all.remove(all.size() - 1);
    return all.isEmpty() ? "." + last : "." + String.join(", .", all) + " or ." + last;
  }

  /** Returns the extension of {@code file} without the dot, or an empty string if its name has none. */
  public static String extensionOf(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    int dot = text.lastIndexOf('.');
    return dot <= 0 ? "" : text.substring(dot + 1);
  }

  /** The formats the services add, by extension, found when first needed. */
  private static final class Services {
    static final Map<String, ConfigFormat> ALL = load();
    static final List<String> COMPOSABLE = composable();

    private static List<String> composable() {
      List<String> extensions = new ArrayList<>();
      OWN.stream().filter(ConfigFormat::composable).forEach(format -> extensions.addAll(format.extensions()));
      ALL.forEach((extension, format) -> {
        if (format.composable()) {
          extensions.add(extension);
        }
      });
      return List.copyOf(extensions);
    }

    private static Map<String, ConfigFormat> load() {
      Map<String, ConfigFormat> found = new LinkedHashMap<>();
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      for (ConfigFormat format : ServiceLoader.load(ConfigFormat.class, loader != null ? loader
          : Formats.class.getClassLoader())) {
        if (OWN.stream().anyMatch(own -> own.getClass() == format.getClass())) {
          continue; // Hookline's own are provided as services too
        }
        for (String extension : format.extensions()) {
          ConfigFormat before = found.get(extension);
          Optional<ConfigFormat> own = OWN.stream().filter(it -> it.extensions().contains(extension)).findFirst();
          if (before != null || own.isPresent()) {
            throw new IllegalStateException("the config format " + format.getClass().getName() + " claims ." + extension
                + ", which is " + (own.isPresent() ? "Hookline's own" : before.getClass().getName() + "'s"));
          }
          found.put(extension, format);
        }
      }
      return Collections.unmodifiableMap(found);
    }
  }
}

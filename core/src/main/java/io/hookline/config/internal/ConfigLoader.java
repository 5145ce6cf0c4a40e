package io.hookline.config.internal;

import io.hookline.ConfigFormat;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Loads one config: its defaults, then its file over them, or its defaults written to a new file.
 *
 * <p>Contract: precedence is defaults &lt; file (&lt; environment &lt; command line, applied later by
 * {@link Environment} and {@link Overrides}). An existing file is read, never written. A missing one is written with
 * the defaults (not with any command-line overrides), in one atomic step, unless the options say otherwise. Every
 * failure is an {@link InputException} that names the config and the file.
 */
public final class ConfigLoader {

  private ConfigLoader() {}

  /** The outcome: the tree with origins, the bound value, and the file the config was read from or written to. */
  public record Loaded(Parsed parsed, Object value, Path file, boolean written) {}

  /**
   * Where a config's file is.
   *
   * @param shown the path as given or defaulted, with its extension, as messages show it
   * @param format the file's format
   * @param file the path resolved against the app's directory
   */
  public record Located(String shown, ConfigFormat format, Path file) {}

  /**
   * Returns where {@code spec}'s file is: the given path, or the default one, with the default extension if it has
   * none.
   *
   * @throws InputException if the extension is not a supported format's
   */
  public static Located locate(ConfigSpec<?> spec, Path directory, @Nullable String given, LoadOptions options) {
    String shown = options.pathFor(spec.id(), given);
    Path file = Path.of(shown);
    if (Formats.extensionOf(file).isEmpty()) {
      shown = shown + "." + options.defaultFormat();
      file = Path.of(shown);
    }
    ConfigFormat format = Formats.of(file).orElse(null);
    if (format == null) {
      throw new InputException("config '" + spec.id() + "': unsupported file extension in " + file.getFileName()
          + "; use " + Formats.shown());
    }
    return new Located(shown, format, directory.resolve(file));
  }

  /** A config's tree, read or written, not yet bound. */
  public record Read(Parsed parsed, Path file, boolean written) {}

  /**
   * Loads {@code spec}, resolving relative paths against {@code directory}, and binds it.
   *
   * @param given the value of the config's path option, or {@code null}
   */
  public static Loaded load(ConfigSpec<?> spec, Path directory, @Nullable String given, LoadOptions options) {
    Located where = locate(spec, directory, given, options);
    Read read = read(spec, where, options, null);
    boolean unwritten = writtenOnceBound(spec, where, options);
    Object value = bind(spec, read.parsed(), null);
    return new Loaded(read.parsed(), value, read.file(), unwritten ? writeDefaults(spec, where) : read.written());
  }

  /**
   * Reads {@code spec}'s tree, from its file over its defaults, or its defaults written to a new file if they are
   * {@link #complete}; does not bind.
   *
   * @param given the value of the config's path option, or {@code null}
   */
  public static Read read(ConfigSpec<?> spec, Path directory, @Nullable String given, LoadOptions options) {
    return read(spec, locate(spec, directory, given, options), options, null);
  }

  /** Returns where the link {@code file} points, or a question mark if it cannot be read. */
  private static String linkTarget(Path file) {
    try {
      return Files.readSymbolicLink(file).toString();
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** Reads {@code spec}'s tree from the file {@code where} locates, through {@code cache} if given. */
  public static Read read(ConfigSpec<?> spec, Located where, LoadOptions options, @Nullable FileCache cache) {
    String id = spec.id();
    String shown = where.shown();
    ConfigFormat format = where.format();
    Path file = where.file();
    Parsed defaults = defaults(spec);

    Parsed merged;
    boolean written = false;
    // Each case looks again before it refuses: another job of a first sweep may link the file into place between two
    // looks, and a file that has just appeared is a file, not something else standing there.
    if (Files.isRegularFile(file)) {
      Parsed read = cache == null ? TreeReader.read(file, shown, format) : cache.read(file, shown, format);
      if (read.tree() == null) {
        read = new Parsed(Map.of(), read.origins());
      } else if (!(read.tree() instanceof Map)) {
        throw new InputException("config '" + id + "': " + shown + " must hold a mapping of keys to values");
      }
      Map<String, String> origins = new HashMap<>(defaults.origins());
      origins.putAll(read.origins());
      merged = new Parsed(Tree.merge(defaults.tree(), read.tree()), origins);
    } else if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new InputException("config '" + id + "': " + shown + " is not a file");
    } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
      throw new InputException("config '" + id + "': " + shown + " is a link to nowhere (" + linkTarget(file) + ")");
    } else if (options.whenMissing() == LoadOptions.WhenMissing.FAIL) {
      throw new InputException("config '" + id + "': " + shown + " does not exist");
    } else {
      merged = defaults;
      // a config whose defaults lack a key that must be given is written by the caller once it binds
      written = options.whenMissing() == LoadOptions.WhenMissing.WRITE_DEFAULTS && complete(spec)
          && write(file, shown, defaults.tree(), format, id);
    }
    return new Read(merged, file, written);
  }

  /**
   * Returns {@code parsed} bound to {@code spec}'s type, after checking its keys.
   *
   * @throws InputException for an unknown key or a value that does not fit, naming where it came from
   */
  public static Object bind(ConfigSpec<?> spec, Parsed parsed, @Nullable Targets targets) {
    return bind(spec, parsed, "", targets);
  }

  /**
   * Binds {@code parsed} to {@code spec}'s type, as {@link #bind(ConfigSpec, Parsed, Targets)} does; {@code keyPrefix} is what
   * an override on the command line writes before the config's keys ({@code train.} in an app that composes).
   *
   * @throws InputException if a value is {@code ???}, OmegaConf's mandatory value that was never set, naming its key,
   *     where it was written, and how to set it
   */
  public static Object bind(ConfigSpec<?> spec, Parsed parsed, String keyPrefix, @Nullable Targets targets) {
    String missing = mandatory(parsed.tree(), "");
    if (missing != null) {
      String origin = parsed.origins().get(missing);
      throw new InputException("config '" + spec.id() + "': key '" + missing + "' is ??? (a mandatory value)"
          + (origin == null ? "" : " in " + origin) + " and was never set; set it on the command line ("
          + keyPrefix + missing + "=VALUE) or where it is written");
    }
    Validation.checkKeys(parsed.tree(), Binder.schema(spec.type()), spec.id(), parsed.origins());
    return Binder.bind(parsed.tree(), spec.type(), spec.id(), parsed.origins(), targets);
  }

  /** Returns the first key of {@code tree} (a path below {@code at}) whose value is {@code ???}, or null. */
  private static @Nullable String mandatory(@Nullable Object tree, String at) {
    if ("???".equals(tree)) {
      return at;
    }
    if (tree instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String found = mandatory(entry.getValue(), at.isEmpty() ? String.valueOf(entry.getKey())
            : at + "." + entry.getKey());
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * Returns the tree of {@code spec}'s defaults. A config without an instance of defaults gets the defaults its type
   * declares ({@link Binder#defaults}); a key without one is left out, never written as {@code null}.
   */
  public static Parsed defaults(ConfigSpec<?> spec) {
    Object defaults = spec.defaults();
    Object tree = defaults != null ? Binder.toTree(defaults) : Binder.defaults(spec.type());
    Map<String, String> origins = new HashMap<>();
    origins.put("", "defaults of " + spec.id());
    return new Parsed(tree, origins);
  }

  /**
   * Returns whether {@code spec}'s defaults give every key that must be given: always for a config with an instance of
   * defaults; for one without, whether its type has no key without a default. A config that is not complete has its
   * file written only once a run has bound it, so that a run that fails leaves no file behind.
   */
  static boolean complete(ConfigSpec<?> spec) {
    return spec.defaults() != null || !(Binder.schema(spec.type()) instanceof Schema.Fields fields)
        || fields.required().isEmpty();
  }

  /**
   * Returns whether the file {@code where} locates is missing and left by {@link #read} for the caller to write with
   * {@link #writeDefaults} once the config binds: the config is not {@link #complete}, and missing files are written.
   */
  public static boolean writtenOnceBound(ConfigSpec<?> spec, Located where, LoadOptions options) {
    return options.whenMissing() == LoadOptions.WhenMissing.WRITE_DEFAULTS && !complete(spec)
        && Files.notExists(where.file(), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Writes {@code spec}'s defaults to the new file {@code where} locates, unless a file is there by now, and returns
   * whether it wrote it.
   */
  public static boolean writeDefaults(ConfigSpec<?> spec, Located where) {
    return write(where.file(), where.shown(), defaults(spec).tree(), where.format(), spec.id());
  }

  private static boolean write(Path file, String shown, @Nullable Object tree, ConfigFormat format, String id) {
    String text;
    try {
      text = TreeWriter.render(tree, format);
    } catch (InputException e) {
      throw new InputException("config '" + id + "': cannot write the defaults to " + shown + ": " + e.getMessage());
    }
    try {
      return AtomicFiles.writeNew(file, text);
    } catch (IOException e) {
      throw new InputException("config '" + id + "': cannot write the defaults to " + shown + ": "
          + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}

package io.hookline;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the config stage finds each config's file, and what it does when the file is missing.
 *
 * <p>A config's file is the path given with its path option ({@code --{id}-path} unless set here), or else its
 * default path, which is its id unless set here. A path without an extension gets the default format's
 * ({@code .yaml} unless set here).
 *
 * @param defaultFormat the format of paths given without an extension, and so of files written for them
 * @param whenMissing what a missing file means
 * @param defaultPaths default paths by config id, for configs whose file is not simply named after their id
 * @param pathOptions the option (its {@code dest}) that holds each config's path, by config id, where it is not
 *     {@code {id}-path}
 */
public record LoadOptions(ConfigFormat defaultFormat, WhenMissing whenMissing, Map<String, String> defaultPaths,
    Map<String, String> pathOptions) {

  /** What the config stage does when a config's file is missing. */
  public enum WhenMissing {
    /** Use the config's defaults and write them to the file, so that the next run finds them: coma's way. */
    WRITE_DEFAULTS,
    /** Use the config's defaults, and write nothing. */
    USE_DEFAULTS,
    /** Fail: a missing file is bad input. */
    FAIL
  }

  /** Copies the maps. */
  public LoadOptions {
    Objects.requireNonNull(defaultFormat, "defaultFormat");
    Objects.requireNonNull(whenMissing, "whenMissing");
    defaultPaths = Map.copyOf(defaultPaths);
    pathOptions = Map.copyOf(pathOptions);
  }

  /** Returns the defaults, as in coma: YAML, and a missing file is written with the config's defaults. */
  public static LoadOptions defaults() {
    return new LoadOptions(ConfigFormat.YAML, WhenMissing.WRITE_DEFAULTS, Map.of(), Map.of());
  }

  /** Returns the option that holds config {@code id}'s path: {@code {id}-path} unless set. */
  public String pathOptionFor(String id) {
    return pathOptions.getOrDefault(id, id + "-path");
  }

  /** Returns these options with config {@code id}'s path read from the option stored under {@code dest}. */
  public LoadOptions withPathOption(String id, String dest) {
    Map<String, String> options = new HashMap<>(pathOptions);
    options.put(id, dest);
    return new LoadOptions(defaultFormat, whenMissing, defaultPaths, options);
  }

  /** Returns these options with another default format. */
  public LoadOptions withDefaultFormat(ConfigFormat format) {
    return new LoadOptions(format, whenMissing, defaultPaths, pathOptions);
  }

  /** Returns these options with a missing file meaning {@code action}. */
  public LoadOptions whenMissing(WhenMissing action) {
    return new LoadOptions(defaultFormat, action, defaultPaths, pathOptions);
  }

  /** Returns these options with {@code path} as the default path of config {@code id}. */
  public LoadOptions withDefaultPath(String id, String path) {
    Map<String, String> paths = new HashMap<>(defaultPaths);
    paths.put(id, path);
    return new LoadOptions(defaultFormat, whenMissing, paths, pathOptions);
  }

  /** Returns the path config {@code id} is read from when {@code given} (the option's value) is absent or blank. */
  public String pathFor(String id, @Nullable String given) {
    return given != null && !given.isBlank() ? given : defaultPaths.getOrDefault(id, id);
  }
}

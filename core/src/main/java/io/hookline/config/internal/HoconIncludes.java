package io.hookline.config.internal;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigIncluderClasspath;
import com.typesafe.config.ConfigIncluderFile;
import com.typesafe.config.ConfigIncluderURL;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import io.hookline.InputException;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What a HOCON config file may include: files in its own folder or below it, and nothing else.
 *
 * <p>Contract: {@code include "name"} and {@code include file("name")} read a regular file whose real path (links
 * followed) lies in the including config's folder, relative to that folder; a file that is missing, is not a regular
 * file (a folder, a FIFO, a device such as {@code /dev/zero}), or lies outside is an error. {@code include url(...)}
 * is an error, so that reading a config never reaches the network, and so is {@code include classpath(...)}, so that
 * what a config means does not depend on the class path. Everything read, the config and what it includes, counts
 * against one budget of {@value TreeReader#MAX_DOCUMENT_CHARS} characters, each file is depth-checked as the config
 * is, and includes nest at most {@value #MAX_NESTING} deep. Every error is a {@link ConfigException} that names the
 * including config, which the reader turns into one line.
 */
final class HoconIncludes implements ConfigIncluder, ConfigIncluderFile, ConfigIncluderURL, ConfigIncluderClasspath {

  /** How deep includes may nest: a config that includes itself stops here. */
  static final int MAX_NESTING = 16;

  private final @Nullable Path folder;
  private final String shown;
  private long budget;
  private int nesting;

  /**
   * Creates the includes of the config shown as {@code shown}, in {@code folder} (or none, if it has no file), which
   * has already used {@code used} characters of the budget.
   */
  HoconIncludes(@Nullable Path folder, String shown, long used) {
    this.folder = folder;
    this.shown = shown;
    this.budget = TreeReader.MAX_DOCUMENT_CHARS - used;
  }

  @Override
  public ConfigIncluder withFallback(ConfigIncluder fallback) {
    return this;
  }

  @Override
  public ConfigObject include(ConfigIncludeContext context, String what) {
    return includeFile(context, new File(what));
  }

  @Override
  public ConfigObject includeURL(ConfigIncludeContext context, URL what) {
    throw refused("include url(\"" + what + "\") is not allowed: reading a config never reaches the network");
  }

  @Override
  public ConfigObject includeResources(ConfigIncludeContext context, String what) {
    throw refused("include classpath(\"" + what + "\") is not allowed: a config includes only files in its folder");
  }

  @Override
  public ConfigObject includeFile(ConfigIncludeContext context, File what) {
    if (folder == null) {
      throw refused("include \"" + what + "\": this config has no folder to include from");
    }
    Path file = folder.resolve(what.toPath()).normalize();
    Path real;
    try {
      real = file.toRealPath();
    } catch (NoSuchFileException e) {
      throw refused("include \"" + what + "\": no such file");
    } catch (IOException e) {
      throw refused("include \"" + what + "\": cannot read it: " + e.getMessage());
    }
    if (!real.startsWith(folder)) {
      throw refused("include \"" + what + "\" is outside the config's folder " + folder
          + "; a config includes only files in its folder or below");
    }
    if (!Files.isRegularFile(real)) {
      throw refused("include \"" + what + "\" is not a regular file");
    }
    if (++nesting > MAX_NESTING) {
      throw refused("include \"" + what + "\": includes nest more than " + MAX_NESTING + " deep; does a file include"
          + " itself?");
    }
    try {
      String text = read(real, what);
      String name = folder.relativize(real).toString();
      try {
        TreeReader.checkDepth(text, name);
      } catch (InputException tooDeep) {
        throw refused(tooDeep.getMessage());
      }
      return ConfigFactory.parseString(text, ConfigParseOptions.defaults().setOriginDescription(name)
          .setIncluder(this)).root();
    } finally {
      nesting--;
    }
  }

  private String read(Path real, File what) {
    try {
      long size = Files.size(real);
      if (size > budget) {
        throw refused("include \"" + what + "\" takes the config past " + TreeReader.MAX_DOCUMENT_CHARS
            + " characters, with what it includes");
      }
      String text = Files.readString(real, StandardCharsets.UTF_8);
      budget -= text.length();
      return text;
    } catch (IOException e) {
      throw refused("include \"" + what + "\": cannot read it: " + e.getMessage());
    }
  }

  private ConfigException refused(String message) {
    return new ConfigException.Generic(shown + ": " + message);
  }
}

package io.hookline.config.internal;

import io.hookline.ConfigFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Config files already parsed, shared by the jobs of one multirun, so that a sweep reads each file once rather than
 * once per job.
 *
 * <p>Contract: safe to use from several threads. An entry is used only while the file's modification time and size
 * are those it was parsed at; a file changed in between is parsed again. A cache lives as long as the run that made
 * it: nothing is kept between invocations of an app.
 */
public final class FileCache {

  private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

  /** Returns the parsed contents of {@code file}, from the cache if the file has not changed since. */
  Parsed read(Path file, String shown, ConfigFormat format) {
    Stamp stamp = stamp(file);
    Entry cached = entries.get(file);
    if (cached != null && stamp != null && cached.stamp.same(stamp) && cached.shown.equals(shown)) {
      return cached.parsed;
    }
    Parsed parsed = TreeReader.read(file, shown, format);
    if (stamp != null) {
      entries.put(file, new Entry(stamp, shown, parsed));
    }
    return parsed;
  }

  private static @org.jspecify.annotations.Nullable Stamp stamp(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(attributes.lastModifiedTime(), attributes.size());
    } catch (IOException e) {
      return null;
    }
  }

  private record Stamp(FileTime modified, long size) {
    /**
     * Whether {@code other} stamps the same version of the file. Not {@code equals}: a record's own is linked through
     * {@code ObjectMethods} on its first call, which costs a cold multirun milliseconds.
     */
    boolean same(Stamp other) {
      return size == other.size && modified.equals(other.modified);
    }
  }

  private record Entry(Stamp stamp, String shown, Parsed parsed) {}
}

package io.hookline.runtime.internal;

import io.hookline.Composition;
import io.hookline.InfrastructureException;
import io.hookline.Invocation.Attribute;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.ConfigStages;
import io.hookline.compose.internal.SearchPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A job's earlier attempts in its directory: a resume moves the files of an attempt that did not complete aside
 * ({@code .hookline/attempt-N/}), and the next attempt starts from the configs the latest one saved.
 */
public final class SavedAttempts {

  private SavedAttempts() {}

  private static final String ATTEMPT = "attempt-";

  /**
   * Returns the attributes that make a resumed job run from the configs its latest previous attempt saved, with its
   * overrides counted as applied: none if it has no such attempt in {@code dir} (a first run has none). A worker of a
   * resumed sweep finds its job's saved configs the same way.
   *
   * @param composition the app's composition, or {@code null} if it does not compose
   */
  public static Map<Attribute<?>, Object> savedConfigs(@Nullable Path dir, List<String> overrides,
      @Nullable Composition composition, Path directory) {
    Path saved = dir == null ? null : latestSaved(dir);
    if (saved == null) {
      return Map.of();
    }
    if (composition == null) {
      return Map.of(ConfigStages.SAVED, new ConfigStages.SavedConfigs(saved.resolve("config.yaml"), overrides));
    }
    return Map.of(Composing.SOURCE, new Composing.Source(SearchPath.of(Composition.folder(saved), directory),
        "config", overrides));
  }

  /**
   * Moves the files of a job's previous attempt, if it left any, into {@code attempt-<n>/} in its directory, and
   * returns how many attempts are archived there now.
   */
  static int archive(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try {
      List<Path> files;
      try (Stream<Path> entries = Files.list(dir)) {
        files = entries.toList();
      }
      int archived = (int) files.stream().filter(SavedAttempts::isAttempt).count();
      List<Path> previous = files.stream().filter(file -> !isAttempt(file)).toList();
      if (previous.isEmpty()) {
        return archived;
      }
      Path attempt = Files.createDirectory(dir.resolve(ATTEMPT + (archived + 1)));
      for (Path file : previous) {
        Files.move(file, attempt.resolve(file.getFileName()));
      }
      return archived + 1;
    } catch (IOException e) {
      throw new InfrastructureException("cannot keep the previous attempt of " + dir + " aside: " + e, e);
    }
  }

  /** Returns the {@code .hookline} folder of the latest attempt in {@code dir} that saved its configs, or null. */
  private static @Nullable Path latestSaved(Path dir) {
    Path latest = null;
    int highest = 0;
    try (Stream<Path> entries = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
      for (Path entry : entries.filter(SavedAttempts::isAttempt).toList()) {
        String suffix = entry.getFileName().toString().substring(ATTEMPT.length());
        int number = suffix.chars().allMatch(Character::isDigit) && !suffix.isEmpty() && suffix.length() < 9
            ? Integer.parseInt(suffix) : 0;
        if (number > highest && Files.isRegularFile(entry.resolve(".hookline/config.yaml"))) {
          highest = number;
          latest = entry.resolve(".hookline");
        }
      }
    } catch (IOException e) {
      throw new InfrastructureException("cannot look for the saved configs of " + dir + ": " + e, e);
    }
    return latest;
  }

  private static boolean isAttempt(Path file) {
    String name = Objects.requireNonNull(file.getFileName()).toString();
    return name.startsWith(ATTEMPT) && Files.isDirectory(file);
  }
}

package io.hookline.journal;

import io.hookline.launch.internal.Journal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds a sweep's directory, {@code multirun/<date>/<time>/}, by its journal, while a controller may be writing in it:
 * only the date and time folders are listed, never the job folders, whose temporary files come and go.
 */
public final class SweepDirs {

  private SweepDirs() {}

  /** Returns the journal of the first sweep under {@code appDir} that has one, or {@code null}. */
  public static @Nullable Path journal(Path appDir) throws IOException {
    for (Path date : folders(appDir.resolve("multirun"))) {
      for (Path time : folders(date)) {
        Path journal = time.resolve(Journal.FILE);
        if (Files.exists(journal)) {
          return journal;
        }
      }
    }
    return null;
  }

  private static List<Path> folders(Path parent) throws IOException {
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    }
  }
}

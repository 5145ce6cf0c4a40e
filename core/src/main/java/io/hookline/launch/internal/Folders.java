package io.hookline.launch.internal;

import io.hookline.InfrastructureException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Folders that a run or a sweep has to itself.
 *
 * <p>Contract: {@link #fresh} returns a folder it created itself, so that no other run writes into it: the one asked
 * for if it is not there, or else the first of {@code NAME_1}, {@code NAME_2}, … beside it that it could create. Two
 * runs or sweeps whose folders resolve to one path never mix their files, even when they start at once.
 */
public final class Folders {

  private Folders() {}

  /**
   * Creates and returns a folder for a run or a sweep: {@code wanted}, or the first {@code wanted_N} not there.
   *
   * @throws InfrastructureException if it cannot be created
   */
  public static Path fresh(Path wanted) {
    try {
      Files.createDirectories(wanted.toAbsolutePath().getParent());
      for (int attempt = 0; ; attempt++) {
        Path candidate = attempt == 0 ? wanted : wanted.resolveSibling(wanted.getFileName() + "_" + attempt);
        try {
          return Files.createDirectory(candidate);
        } catch (FileAlreadyExistsException taken) {
          // another run has it, or had it; try the next name
        }
      }
    } catch (IOException e) {
      throw new InfrastructureException("cannot create an output directory " + wanted + ": " + e, e);
    }
  }
}

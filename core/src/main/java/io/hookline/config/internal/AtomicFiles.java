package io.hookline.config.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a new file so that readers, and a crash, only ever see no file or the whole file.
 *
 * <p>Contract: the text goes to a temporary file in the same folder, is flushed to disk, and is then linked under the
 * target name in one step, which fails if the target exists: an existing file is never replaced or modified, and when
 * two processes write the same new file at once, one wins and the other leaves the winner's file alone. Where the file
 * system has no hard links, the temporary file is moved into place instead, after a check that the target is still
 * absent. The temporary file is removed in every case. Missing parent folders are created. An interrupt of the
 * writing thread does not stop the write.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code text} to {@code target} unless it exists.
   *
   * @return whether this call wrote the file; {@code false} if it already existed
   * @throws IOException if the file cannot be written; nothing is left behind then
   */
  public static boolean writeNew(Path target, String text) throws IOException {
    return writeNew(target, text, temp -> { });
  }

  /**
   * Writes {@code text} to {@code target}, replacing it if it exists, in one step: a reader sees the old file or the
   * new one, never a part.
   *
   * @throws IOException if the file cannot be written; the old file stays then, and no temporary file is left
   */
  public static void replace(Path target, String text) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
    try {
      write(temp, text);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes {@code text} to {@code file} and forces it to the disk. */
  private static void write(Path file, String text) throws IOException {
    // A stream, not a channel: an interrupt closes a channel mid-write, and a job's return must be written even as
    // its worker is asked to stop.
    try (FileOutputStream out = new FileOutputStream(file.toFile())) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.getFD().sync();
    }
  }

  /** What happens between writing the temporary file and linking it into place; tests put faults here. */
  interface BeforeLink {
    void run(Path temp) throws IOException;
  }

  /** Writes {@code text} to {@code target} unless it exists, running {@code beforeLink} once the text is on disk. */
  static boolean writeNew(Path target, String text, BeforeLink beforeLink) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
    try {
      write(temp, text);
      beforeLink.run(temp);
      try {
        Files.createLink(target, temp);
      } catch (FileAlreadyExistsException e) {
        return false;
      } catch (UnsupportedOperationException | IOException noHardLinks) {
        if (Files.exists(target)) {
          return false;
        }
        Files.move(temp, target);
      }
      return true;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}

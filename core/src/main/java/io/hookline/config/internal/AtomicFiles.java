package io.hookline.config.internal;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a new file so that readers, and a crash, only ever see no file or the whole file.
 *
 * <p>Contract: the text goes to a temporary file in the same folder and is forced to the disk (but for {@link
 * #writeRecord}). A new file is then linked under the target name in one step, which fails if the target exists: an
 * existing file is never replaced or modified, and when two processes write the same new file at once, one wins and
 * the other leaves the winner's file alone. Where the file system has no hard links, the temporary file is moved into
 * place instead, after a check that the target is still absent. A file that replaces another is renamed over it in one
 * step. The temporary file is removed in every case. Missing parent folders are created. Files get the permissions the
 * process's umask gives. An interrupt of the writing thread does not stop the write.
 *
 * <p>A file written without forcing still appears whole or not at all to readers and through a crash of the process;
 * only a crash of the machine may leave it empty.
 */
public final class AtomicFiles {

  private static final String PROCESS = ProcessHandle.current().pid() + "-"
      + Long.toHexString(new SplittableRandom().nextLong());
  private static final AtomicLong TEMPORARIES = new AtomicLong();

  private AtomicFiles() {}

  /**
   * Writes {@code text} to {@code target} unless it exists.
   *
   * @return whether this call wrote the file; {@code false} if it already existed
   * @throws IOException if the file cannot be written; nothing is left behind then
   */
  public static boolean writeNew(Path target, String text) throws IOException {
    return writeNew(target, text, true, temp -> { });
  }

  /**
   * Writes {@code text} to {@code target}, replacing it if it exists, in one step: a reader sees the old file or the
   * new one, never a part.
   *
   * @throws IOException if the file cannot be written; the old file stays then, and no temporary file is left
   */
  public static void replace(Path target, String text) throws IOException {
    replace(target, text, true);
  }

  /**
   * Writes {@code text} to {@code target} like {@link #replace(Path, String)}, but without forcing it to the disk: for
   * the records of a job in a folder of its own, which are written too often to force each, and which a crash of the
   * machine may cost (as it may cost the job's own outputs).
   *
   * @throws IOException if the file cannot be written; the old file stays then, and no temporary file is left
   */
  public static void writeRecord(Path target, String text) throws IOException {
    replace(target, text, false);
  }

  private static void replace(Path target, String text, boolean force) throws IOException {
    Path temp = write(target.toAbsolutePath().getParent(), target, text, force);
    if (!temp.toFile().renameTo(target.toFile())) {
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE); // says why
      } finally {
        remove(temp);
      }
    }
  }

  /**
   * Writes {@code text} to a new temporary file in {@code folder}, named after {@code target}, forcing it to the disk if
   * {@code force}, and returns it.
   *
   * @throws IOException if it cannot be written; no temporary file is left then
   */
  private static Path write(Path folder, Path target, String text, boolean force) throws IOException {
    // Unique by the counter within this process, and by the process's id and a random number between processes, on
    // this machine or on others that share the folder.
    Path temp = folder.resolve("." + target.getFileName() + "." + PROCESS + "-" + TEMPORARIES.incrementAndGet()
        + ".tmp");
    // A stream, not a channel: an interrupt closes a channel mid-write, and a job's return must be written even as
    // its worker is asked to stop.
    FileOutputStream opened;
    try {
      opened = new FileOutputStream(temp.toFile());
    } catch (FileNotFoundException noFolder) {
      createFolders(folder);
      opened = new FileOutputStream(temp.toFile());
    }
    try (FileOutputStream out = opened) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      if (force) {
        out.getFD().sync();
      }
    } catch (IOException | RuntimeException | Error e) {
      remove(temp);
      throw e;
    }
    return temp;
  }

  /**
   * Creates {@code folder} and its parents unless it is a folder already.
   *
   * <p>Files are made with {@code java.io.File} where it can: {@code java.nio.file.Files} throws and catches exceptions
   * for a folder that exists or a file that is missing, and runs far more code, which a cold program interprets once per
   * file. NIO is asked again only to say why something failed.
   *
   * @throws IOException if it cannot be created
   */
  public static void createFolders(Path folder) throws IOException {
    File file = folder.toFile();
    if (!file.mkdir() && !file.isDirectory() && !file.mkdirs()) {
      Files.createDirectories(folder); // says why; or another process has just made it
    }
  }

  /** Removes {@code file} if it exists. */
  private static void remove(Path file) throws IOException {
    if (!file.toFile().delete()) {
      Files.deleteIfExists(file); // says why, if it still exists
    }
  }

  /** What happens between writing the temporary file and linking it into place; tests put faults here. */
  interface BeforeLink {
    void run(Path temp) throws IOException;
  }

  /**
   * Writes {@code text} to {@code target} unless it exists, forcing it to the disk if {@code force}, and running
   * {@code beforeLink} once the text is written.
   */
  static boolean writeNew(Path target, String text, boolean force, BeforeLink beforeLink) throws IOException {
    Path temp = write(target.toAbsolutePath().getParent(), target, text, force);
    try {
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
      remove(temp);
    }
  }
}

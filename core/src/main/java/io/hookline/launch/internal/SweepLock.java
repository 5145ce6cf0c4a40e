package io.hookline.launch.internal;

import io.hookline.InfrastructureException;
import io.hookline.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock of a sweep, held by the one controller that runs or resumes it: {@value #FILE} in the sweep directory.
 *
 * <p>Contract: the lock is the operating system's lock on that file, which dies with the process that holds it, so a
 * controller killed with SIGKILL leaves no lock behind that needs clearing; the file stays, naming the last holder's
 * process. Taking a lock that another controller holds, in this JVM or another, fails in one line that names it.
 */
public final class SweepLock implements AutoCloseable {

  /** The lock's file name in the sweep directory. */
  public static final String FILE = "journal.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private SweepLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of the sweep in {@code sweepDir}.
   *
   * @throws InputException if another controller holds it
   * @throws InfrastructureException if the lock file cannot be opened
   */
  public static SweepLock take(Path sweepDir) {
    Path file = sweepDir.resolve(FILE);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    } catch (IOException e) {
      throw new InfrastructureException("cannot open the sweep's lock " + file + ": " + e, e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException | IOException e) {
      lock = null;
    }
    if (lock == null) {
      String holder = holder(file);
      closeQuietly(channel);
      throw new InputException(sweepDir + ": the sweep is being run by another controller" + holder
          + "; wait for it to end, or stop it");
    }
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
    } catch (IOException e) {
      // the lock holds without the process id; only the message of a refused controller is poorer
    }
    return new SweepLock(channel, lock);
  }

  private static String holder(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
      return pid.isEmpty() ? "" : " (process " + pid + ")";
    } catch (IOException e) {
      return "";
    }
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing was written that a reader needs
    }
  }
}

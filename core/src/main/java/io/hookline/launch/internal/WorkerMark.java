package io.hookline.launch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The mark of a worker in its job's directory, left as it starts, {@code .hookline/}{@value #FILE}: its process id, its
 * start time and the machine's boot, so that a resume can tell whether a worker left behind by a dead controller still
 * runs, and wait for it rather than run its job a second time.
 *
 * <p>Contract: a mark names a running process only if that process has the id and the start time it records and runs
 * on this machine since the same boot; a mark of another machine, of an earlier boot, of a process that has ended, or
 * that cannot be read names none. Writing a mark is best effort.
 */
public final class WorkerMark {

  /** The mark's file name in a job's {@code .hookline} folder. */
  public static final String FILE = "worker.pid";

  private static final Path BOOT = Path.of("/proc/sys/kernel/random/boot_id");

  private WorkerMark() {}

  /**
   * Leaves the mark of {@code worker} in {@code jobDir}: the controller does so as it starts a worker, and the worker
   * as it starts its job, so that a worker is marked from its first moment.
   *
   * @throws IOException if it cannot be written
   */
  public static void leave(Path jobDir, ProcessHandle worker) throws IOException {
    Path file = jobDir.resolve(".hookline").resolve(FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, worker.pid() + " " + worker.info().startInstant().map(Instant::toString).orElse("-") + " "
        + boot() + "\n", StandardCharsets.UTF_8);
  }

  /** Returns the process that left its mark in {@code jobDir}, if it is still running on this machine. */
  public static Optional<ProcessHandle> running(Path jobDir) {
    String[] mark;
    try {
      mark = Files.readString(jobDir.resolve(".hookline").resolve(FILE), StandardCharsets.UTF_8).strip().split(" ");
    } catch (IOException e) {
      return Optional.empty();
    }
    if (mark.length != 3 || !mark[0].matches("[0-9]{1,18}") || !mark[2].equals(boot())) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(mark[0])).filter(ProcessHandle::isAlive).filter(process -> process.info()
        .startInstant().map(Instant::toString).orElse("-").equals(mark[1]));
  }

  /** Returns this machine's boot id, or {@code -} where the system has none to give. */
  private static String boot() {
    try {
      return Files.readString(BOOT, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "-";
    }
  }
}

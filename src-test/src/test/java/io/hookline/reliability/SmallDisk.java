package io.hookline.reliability;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real full disk for a test: a small tmpfs mounted on a folder, and unmounted when closed. Mounting needs root; a
 * test is skipped without it, except on CI ({@code CI=true}), which must run it, so there it fails instead.
 */
public final class SmallDisk implements AutoCloseable {

  private final Path where;

  private SmallDisk(Path where) {
    this.where = where;
  }

  /** Mounts a tmpfs of {@code size} (in mount's notation, such as {@code 64k}) on the folder {@code where}. */
  public static SmallDisk mount(Path where, String size) throws Exception {
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", where.toString())
        .redirectErrorStream(true).start();
    String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    if (!mounted) {
      if ("true".equals(System.getenv("CI"))) {
        fail("cannot mount a small tmpfs (" + said + "), and CI must run the full-disk tests");
      }
      assumeTrue(false, "cannot mount a small tmpfs here: " + said);
    }
    return new SmallDisk(where);
  }

  @Override
  public void close() throws Exception {
    new ProcessBuilder("umount", where.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
  }
}

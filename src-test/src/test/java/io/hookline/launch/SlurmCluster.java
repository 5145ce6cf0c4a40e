package io.hookline.launch;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node SLURM cluster for a test class: munged, slurmctld and slurmd started in a directory of their own,
 * on free ports, and stopped by their pids when the tests end, or when the JVM exits, whichever comes first.
 *
 * <p>Needs root and SLURM's and munge's programs. Without them the tests are skipped with a message saying so, except
 * on CI ({@code CI=true}), where they must run, so a missing install fails instead.
 */
final class SlurmCluster implements AutoCloseable {

  private static final List<String> PROGRAMS = List.of("munged", "mungekey", "slurmctld", "slurmd", "sbatch",
      "squeue", "scancel", "sinfo");

  private final Path dir;
  private final Path script;
  private final Thread onExit;

  private SlurmCluster(Path dir, Path script) {
    this.dir = dir;
    this.script = script;
    this.onExit = new Thread(this::stop, "slurm-cluster-down");
    Runtime.getRuntime().addShutdownHook(onExit);
  }

  /** Starts a cluster, or skips the calling test class if this machine cannot run one. */
  static SlurmCluster start() throws Exception {
    List<String> missing = new ArrayList<>();
    for (String program : PROGRAMS) {
      if (find(program) == null) {
        missing.add(program);
      }
    }
    boolean root = Files.readAllLines(Path.of("/proc/self/status")).stream()
        .anyMatch(line -> line.matches("Uid:\\s+0\\s.*"));
    String why = !root ? "the SLURM tests run as root only"
        : !missing.isEmpty() ? "SLURM is not installed (missing " + missing + "); install it with apt-get install -y"
            + " --no-install-recommends slurmctld slurmd slurm-client munge" : null;
    if (why != null) {
      if ("true".equals(System.getenv("CI"))) {
        fail(why + ", and CI must run these tests");
      }
      assumeTrue(false, why);
    }
    // munged wants every directory above its socket searchable by all.
    Path dir = Files.createTempDirectory("hookline-slurm",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Path script = dir.resolve("cluster.sh");
    try (InputStream in = Objects.requireNonNull(SlurmCluster.class.getResourceAsStream("/slurm/cluster.sh"))) {
      Files.write(script, in.readAllBytes());
    }
    SlurmCluster cluster = new SlurmCluster(dir, script);
    Path state = Files.createDirectories(dir.resolve("cluster"));
    int[] ports = freePorts();
    Process up = new ProcessBuilder("bash", script.toString(), "up", state.toString(),
        Integer.toString(ports[0]), Integer.toString(ports[1])).redirectErrorStream(true).start();
    String output = new String(up.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!up.waitFor(60, TimeUnit.SECONDS) || up.exitValue() != 0) {
      cluster.close();
      fail("the SLURM cluster did not start: " + output);
    }
    return cluster;
  }

  /** Returns the environment that points SLURM's clients at this cluster. */
  Map<String, String> environment() {
    return Map.of("SLURM_CONF", dir.resolve("cluster/slurm.conf").toString());
  }

  @Override
  public void close() throws IOException {
    stop();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    }
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException exiting) {
      // the JVM is exiting, and the hook is stopping the cluster
    }
  }

  private void stop() {
    try {
      new ProcessBuilder("bash", script.toString(), "down", dir.resolve("cluster").toString()).inheritIO().start()
          .waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new IllegalStateException("cannot stop the SLURM cluster in " + dir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path find(String program) {
    List<String> places = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
    places.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin"));
    for (String place : places) {
      Path candidate = Path.of(place.isEmpty() ? "." : place, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Returns two distinct ports that were free a moment ago. */
  private static int[] freePorts() throws IOException {
    try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
      return new int[] {first.getLocalPort(), second.getLocalPort()};
    }
  }
}

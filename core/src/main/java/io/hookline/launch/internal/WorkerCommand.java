package io.hookline.launch.internal;

import io.hookline.InfrastructureException;
import io.hookline.launch.LocalLauncher.Job;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The command that starts this program again, up to its own arguments: the same {@code java}, the same JVM options,
 * the same class path (or jar, or module) and the same main class. A worker is this command followed by
 * {@link io.hookline.launch.WorkerLauncher.Job#workerArguments()}.
 *
 * <p>Contract: derived from the running JVM's command line, as the operating system reports it, cut after the main
 * class. When that is not available (Linux shows no command line of more than about 4 KB, which a long class path
 * makes), from the JVM's own options as the runtime reports them, and the system properties {@code java.class.path}
 * and {@code sun.java.command}: a worker keeps its JVM options ({@code -D…}, {@code -Xmx…}) either way.
 * Options that would make every worker write the same file or open the same port (a debugger agent, a class-data
 * archive being written) are left out. A program started in a way this cannot see, such as inside a build tool's JVM,
 * gives its launcher the command explicitly.
 */
public final class WorkerCommand {

  private static final List<String> LEFT_OUT = List.of("-agentlib:jdwp", "-XX:ArchiveClassesAtExit",
      "-XX:AOTCacheOutput", "-XX:AOTMode", "-XX:StartFlightRecording");

  private WorkerCommand() {}

  /**
   * Returns {@code command}, copied, as a worker command given in code.
   *
   * @throws IllegalArgumentException if it is empty
   */
  public static List<String> checked(List<String> command) {
    if (command.isEmpty()) {
      throw new IllegalArgumentException("a worker command needs at least the program to run");
    }
    return List.copyOf(command);
  }

  /**
   * Returns {@code given}, or, if it is {@code null}, the command that starts this program again.
   *
   * @throws InfrastructureException if the JVM does not say how it was started, or it runs a build tool rather than the
   *     program
   */
  public static List<String> givenOrThisProgram(@Nullable List<String> given) {
    if (given != null) {
      return given;
    }
    String started = System.getProperty("sun.java.command", "").strip();
    String main = started.split(" ", 2)[0];
    if (main.isEmpty() || main.startsWith("org.codehaus.plexus.classworlds.") || main.startsWith("org.apache.maven.")) {
      throw new InfrastructureException("cannot start workers: "
          + (main.isEmpty() ? "this JVM does not say how it was started"
          : "this program runs inside Maven's JVM (exec:java)") + "; run it with java -cp ... instead, or give the"
          + " launcher its worker command (withWorkerCommand)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> arguments = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
    int at = arguments.indexOf(main);
    if (at >= 0) {
      for (String argument : arguments.subList(0, at + 1)) {
        if (LEFT_OUT.stream().noneMatch(argument::startsWith)) {
          command.add(argument);
        }
      }
    } else {
      for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        if (LEFT_OUT.stream().noneMatch(option::startsWith)) {
          command.add(option);
        }
      }
      command.addAll(main.endsWith(".jar") ? List.of("-jar", main)
          : List.of("-cp", System.getProperty("java.class.path", ""), main));
    }
    return List.copyOf(command);
  }
}

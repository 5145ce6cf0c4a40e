package io.hookline.launch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * SLURM's client commands as {@link SlurmArray} uses them: {@code sbatch}, {@code squeue} and {@code scancel}, each run
 * with a command line and variables added to the environment, answering its exit code and its output.
 *
 * <p>Contract: never throws; a command that cannot be run answers exit code -1 and a sentence that says why. The
 * {@linkplain #processes() one the launcher uses} runs each command as a process; another may stand for a cluster.
 */
@FunctionalInterface
public interface SlurmClient {

  /** Runs {@code line} with {@code environment} added and answers its exit code and output. */
  Answer ask(List<String> line, Map<String, String> environment);

  /** A client command's exit code and output (standard output and error together). */
  record Answer(int code, String output) {}

  /** Returns the client that runs each command as a process of SLURM's installed client. */
  static SlurmClient processes() {
    return SlurmClient::run;
  }

  private static Answer run(List<String> line, Map<String, String> environment) {
    try {
      ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
      builder.environment().putAll(environment);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Answer(waitUninterruptibly(process), output);
    } catch (IOException e) {
      return new Answer(-1, "cannot run " + line.get(0) + " (" + e.getMessage() + "); is SLURM's client installed?");
    }
  }

  private static int waitUninterruptibly(Process process) {
    boolean interrupted = false;
    while (true) {
      try {
        int code = process.waitFor();
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        return code;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }
}

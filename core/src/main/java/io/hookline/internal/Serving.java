package io.hookline.internal;

import io.hookline.InputException;
import io.hookline.Outcome;
import io.hookline.launch.internal.Worker;
import io.hookline.runtime.internal.Settings;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A worker that serves a sweep, for the process launcher with reuse: it reads a job's number from its standard input,
 * runs that job of the plan as a one-job worker does, and reads the next, until its input ends.
 *
 * <p>Contract: for each job it says {@link Worker#STARTED} and then {@link Worker#ENDED}, with the job's number, on its
 * standard output, once the job's return is written. While a job runs, {@code System.out} and {@code System.err} (and
 * the app's streams, unless it was given others) append to {@code out.log} and {@code err.log} in the job's directory,
 * as a one-job worker's do. It stops serving after a job that was interrupted (the worker was asked to stop) or that
 * ended with a {@link VirtualMachineError} (it ran out of memory, say), whose JVM is not to be trusted with another,
 * and before a job once the sweep's {@link Worker#sweepStopMark stop mark} exists (its failure policy stopped it).
 */
final class Serving {

  /** Runs one job of the plan with the given settings. */
  interface Work {
    Outcome run(ResolvedCommand command, Worker.PlanEntry job, Settings settings);
  }

  private Serving() {}

  /** Serves the jobs of {@code plan} whose numbers come on the standard input, saying so on the standard output. */
  static Outcome serve(AppParts app, Path plan, Work work) {
    // the standard output itself, which the controller reads, whatever System.out has become
    return serve(app, plan, work, System.in,
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8));
  }

  /** Serves the jobs of {@code plan} whose numbers come from {@code input}, saying so to {@code said}. */
  static Outcome serve(AppParts app, Path plan, Work work, InputStream input, PrintStream said) {
    Settings settings = app.settings();
    PrintStream javaOut = System.out;
    PrintStream javaErr = System.err;
    BufferedReader numbers = new BufferedReader(new InputStreamReader(input, StandardCharsets.US_ASCII));
    String version = version(plan);
    Object tree = Worker.readPlan(plan); // at once, so that a worker given no plan says so before it serves
    while (true) {
      String number;
      try {
        number = numbers.readLine();
      } catch (IOException e) {
        number = null;
      }
      // java.io, not Files.exists, which throws and catches an exception inside when the mark is absent, every job
      if (number == null || Worker.sweepStopMark(plan).toFile().exists()) {
        return Outcome.withoutJobs(null);
      }
      String seen = version(plan);
      if (!seen.equals(version)) {
        tree = Worker.readPlan(plan); // a sweep of several batches writes its plan again for each
        version = seen;
      }
      Worker.PlanEntry job = Worker.job(plan, tree, number.strip());
      ResolvedCommand command = app.commands().get(job.command());
      if (command == null) {
        throw new InputException("the plan's command '" + job.command() + "' is not one of " + app.commandNames());
      }
      said.print(Worker.STARTED + job.number() + "\n");
      said.flush();
      Outcome outcome;
      try (PrintStream out = log(job.directory(), "out.log"); PrintStream err = log(job.directory(), "err.log")) {
        System.setOut(out);
        System.setErr(err);
        outcome = work.run(command, job, settings.withOutput(settings.out() == javaOut ? out : settings.out(),
            settings.err() == javaErr ? err : settings.err()));
      } catch (IOException cannotLog) {
        outcome = work.run(command, job, settings);
      } finally {
        System.setOut(javaOut);
        System.setErr(javaErr);
      }
      said.print(Worker.ENDED + job.number() + "\n");
      said.flush();
      if (Thread.currentThread().isInterrupted() || outcome.error() instanceof VirtualMachineError) {
        return outcome;
      }
    }
  }

  /** Returns what tells one version of the plan's file from another: its size and its time of change. */
  private static String version(Path plan) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(plan, BasicFileAttributes.class);
      return attributes.size() + " " + attributes.lastModifiedTime().toMillis() + " " + attributes.fileKey();
    } catch (IOException e) {
      return "";
    }
  }

  private static PrintStream log(Path dir, String name) throws IOException {
    return new PrintStream(new FileOutputStream(dir.resolve(name).toFile(), true), true, StandardCharsets.UTF_8);
  }
}

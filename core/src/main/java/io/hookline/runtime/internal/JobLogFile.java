package io.hookline.runtime.internal;

import io.hookline.Failure;
import io.hookline.InputException;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.LogSettings;
import java.io.IOException;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One job's log: the file its records go to, in the job's folder, written by Hookline.
 *
 * <p>Contract: the settings are read once, from the job's composed {@code hookline} node, resolved as a config is when
 * it is bound (or the
 * {@code default} preset's, for an app that does not compose); the file is created with the first record it keeps,
 * appended to, and flushed after each record, so that a job killed mid-way keeps what it logged. A record's throwable
 * follows its line as a trace without Hookline's frames. A file that cannot be written (it is a folder, a link or a
 * FIFO, or the disk is full) is said once on the app's error stream, and the records from then on go to the console
 * whatever {@code console} says, so that none is lost in silence; so do those of a job that has no folder to keep
 * the file in. Once closed, at the job's end, it writes no more and
 * sends what it is given to the console. Safe for the job's threads together.
 */
final class JobLogFile {

  private final CurrentJob job;
  private final LogSettings settings;
  private final @Nullable Path path;
  private @Nullable Writer writer;
  private boolean broken;
  private boolean closed;

  private JobLogFile(CurrentJob job, LogSettings settings, @Nullable Path path) {
    this.job = job;
    this.settings = settings;
    this.path = path;
  }

  /** Opens the log of {@code job}: its settings read, its file not yet created. */
  static JobLogFile open(CurrentJob job) {
    String command = job.invocation().command();
    LogSettings settings;
    try {
      settings = job.invocation().attribute(Composing.CONFIG).isPresent()
          && Composing.resolved(job.invocation(), List.of(Composing.HOOKLINE)) instanceof Map<?, ?> hookline
          ? LogSettings.read(hookline, command, key -> "the composed config") : LogSettings.defaults(command);
    } catch (RuntimeException e) {
      JobLogFile console = new JobLogFile(job, LogSettings.defaults(command), null);
      console.broken("its log settings do not apply (" + e.getMessage() + ")");
      return console;
    }
    Path dir = job.dir();
    return new JobLogFile(job, settings, dir == null || settings.file() == null ? null : dir.resolve(settings.file()));
  }

  /** Returns whether a record of {@code logger} at {@code level} is kept. */
  boolean wants(String logger, Level level) {
    return settings.wants(logger, level);
  }

  /** Returns whether records go to a file (so that a record is kept whatever the console would do with it). */
  synchronized boolean writesFile() {
    return path != null && !broken && !closed;
  }

  /**
   * Writes a record that {@link #wants} keeps, and returns whether it goes to the console too.
   *
   * @param message the record's message, formatted
   */
  synchronized boolean write(String logger, Level level, String message, @Nullable Throwable thrown) {
    if (!writesFile()) { // no file: none was asked for, or the job has no folder, or the file failed or is closed
      return settings.console() || settings.file() != null;
    }
    StringBuilder text = new StringBuilder(settings.format().line(ZonedDateTime.now(), level, logger,
        Thread.currentThread().getName(), message)).append('\n');
    if (thrown != null) {
      text.append(thrown).append('\n');
      Reports.traceLines(thrown).forEach(line -> text.append(line).append('\n'));
    }
    try {
      if (writer == null) {
        Path file = java.util.Objects.requireNonNull(path);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException("it is not a regular file");
        }
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      }
      writer.write(text.toString());
      writer.flush();
    } catch (IOException | RuntimeException e) {
      broken("cannot write its log " + path + " (" + e.getMessage() + ")");
      return true;
    }
    return settings.console();
  }

  /** Writes a job's failure and its trace, when the log has a file. */
  void failed(Failure failure) {
    if (writesFile() && failure.cause() != null) {
      boolean input = failure.cause() instanceof InputException;
      write("hookline", Level.ERROR, "job #" + job.number() + " failed" + (input ? ": " + failure.message() : ""),
          input ? null : failure.cause());
    }
  }

  /** Closes the file; records from then on go to the console. */
  synchronized void close() {
    closed = true;
    if (writer != null) {
      try {
        writer.close();
      } catch (IOException e) {
        broken("cannot close its log " + path + " (" + e.getMessage() + ")");
      }
      writer = null;
    }
  }

  private void broken(String why) {
    if (!broken) {
      broken = true;
      job.err().println(job.app() + ": job #" + job.number() + ": " + why + "; its records go to the console");
    }
  }
}

package io.hookline.runtime.internal;

import io.hookline.callback.JobReturn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The progress line of a multirun, {@code [done/total] N failed, elapsed 0:12, left ~0:30}, kept below whatever the
 * jobs print.
 *
 * <p>Contract: shown only when the app prints to the process's own standard streams and both are terminals (a
 * redirected error stream, {@code 2>file}, or a piped output, {@code | cat}, turn it off), and the terminal is not
 * {@code dumb}; silent otherwise, so logs and tests never see it. While it is shown, the multirun prints through
 * {@link #out()} and {@link #err()}, and {@code System.out} and {@code System.err} are replaced by the same two streams,
 * so that what the jobs print in this JVM goes through them too: each write first clears the line, and the line is
 * drawn again below once the text written ends a line. {@link #close} puts the standard streams back and ends the
 * line with a newline. Safe to call from several threads.
 */
abstract class Progress implements AutoCloseable {

  /** Returns the progress line on {@code out} and {@code err} if it is {@code wanted} and can be seen, or a silent one. */
  static Progress on(PrintStream out, PrintStream err, boolean wanted) {
    return wanted && out == System.out && err == System.err && !"dumb".equals(System.getenv("TERM")) && terminals()
        ? new Shown(out, err) : new Silent(out, err);
  }

  /**
   * Returns whether the standard output and error streams are both terminals: read from {@code /proc} where there is
   * one, since {@code System.console()} looks at the standard input and output only; elsewhere, from the console.
   */
  private static boolean terminals() {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return System.console() != null;
    }
    return terminal(fds.resolve("1")) && terminal(fds.resolve("2"));
  }

  private static boolean terminal(Path fd) {
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException notALink) {
      return false;
    }
  }

  /** Returns the stream the multirun prints its output to while this line is shown. */
  abstract PrintStream out();

  /** Returns the stream the multirun prints its errors and notices to while this line is shown. */
  abstract PrintStream err();

  /** Starts a batch of {@code total} jobs. */
  abstract void batch(int total);

  /** Records that a job ended. */
  abstract void ended(JobReturn result);

  /** Ends the line and puts the standard streams back. */
  @Override
  public abstract void close();

  private static final class Silent extends Progress {
    private final PrintStream out;
    private final PrintStream err;

    Silent(PrintStream out, PrintStream err) {
      this.out = out;
      this.err = err;
    }

    @Override
    PrintStream out() {
      return out;
    }

    @Override
    PrintStream err() {
      return err;
    }

    @Override
    void batch(int total) {}

    @Override
    void ended(JobReturn result) {}

    @Override
    public void close() {}
  }

  /** The line, shown on a terminal's two streams; made by {@link #on} when they are terminals. */
  static final class Shown extends Progress {
    private static final String CLEAR = "\r\033[K";

    private final PrintStream terminalOut;
    private final PrintStream terminalErr;
    private final PrintStream out;
    private final PrintStream err;
    private final long start = System.nanoTime();
    // guarded by this
    private int total;
    private int done;
    private int failed;
    private String line = "";
    private boolean drawn;
    private boolean midLine;

    Shown(PrintStream terminalOut, PrintStream terminalErr) {
      this.terminalOut = terminalOut;
      this.terminalErr = terminalErr;
      this.out = new PrintStream(new Below(terminalOut), true);
      this.err = new PrintStream(new Below(terminalErr), true);
      System.setOut(out);
      System.setErr(err);
    }

    @Override
    PrintStream out() {
      return out;
    }

    @Override
    PrintStream err() {
      return err;
    }

    @Override
    synchronized void batch(int jobs) {
      total += jobs;
    }

    @Override
    synchronized void ended(JobReturn result) {
      done++;
      failed += result.completed() ? 0 : 1;
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      Duration left = elapsed.multipliedBy(Math.max(0, total - done)).dividedBy(Math.max(1, done));
      line = "[" + done + "/" + total + "] " + failed + " failed, elapsed " + clock(elapsed) + ", left ~"
          + clock(left);
      clear();
      draw();
    }

    @Override
    public synchronized void close() {
      System.setOut(terminalOut);
      System.setErr(terminalErr);
      clear();
      if (!line.isEmpty()) {
        terminalErr.print((midLine ? "\n" : "") + line + "\n");
        terminalErr.flush();
      }
    }

    /** Clears the line if it is drawn; called holding the lock. */
    private void clear() {
      if (drawn) {
        terminalErr.print(CLEAR);
        terminalErr.flush();
        drawn = false;
      }
    }

    /** Draws the line, unless text that has not ended its line would be overwritten; called holding the lock. */
    private void draw() {
      if (!midLine && !line.isEmpty()) {
        terminalErr.print(line);
        terminalErr.flush();
        drawn = true;
      }
    }

    /** Returns {@code duration} as minutes and seconds, {@code 1:05}. */
    static String clock(Duration duration) {
      long seconds = duration.toSeconds();
      long rest = seconds % 60;
      return seconds / 60 + ":" + (rest < 10 ? "0" : "") + rest;
    }

    /** A stream to the terminal that clears the progress line before it writes, and draws it again after a line. */
    private final class Below extends OutputStream {
      private final PrintStream terminal;

      Below(PrintStream terminal) {
        this.terminal = terminal;
      }

      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        if (length == 0) {
          return;
        }
        synchronized (Shown.this) {
          clear();
          terminal.write(bytes, offset, length);
          terminal.flush();
          midLine = bytes[offset + length - 1] != '\n';
          draw();
        }
      }

      @Override
      public void flush() {
        terminal.flush();
      }
    }
  }
}

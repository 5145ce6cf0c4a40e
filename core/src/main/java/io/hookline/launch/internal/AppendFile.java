package io.hookline.launch.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * An append-only file whose writes are forced to the disk (fsync) at once, or soon by a background thread.
 *
 * <p>Contract: {@link #write} puts the text in the file before it returns, so it survives a crash of the process.
 * {@link #writeForced} also returns only once the text is on the disk, so it survives a crash of the machine. After
 * {@link #writeSoon}, a background thread waits {@link #GATHER} for more writes and forces them all at once. Writers
 * that come together share one force (a group commit): a write that another's force has covered is not forced again.
 * Safe to use from several threads. An interrupt of a writing thread does not stop the write: the file is a stream, not
 * a channel, which an interrupt would close.
 */
final class AppendFile {

  /** How long the background thread gathers writes before it forces them to the disk. */
  static final Duration GATHER = Duration.ofMillis(10);

  private final FileOutputStream out;
  private final Object syncing = new Object(); // held across a force, so that one runs at a time
  private final Object state = new Object(); // guards what follows; never held across a force
  private long written; // bytes written, guarded by this rather than state
  private long forced; // bytes of those known to be on the disk
  private int forces; // how many times the disk was forced
  private @Nullable IOException failure; // the first force of the background thread that failed, until sync tells it
  private boolean closed;
  private boolean forcing; // whether the background thread runs

  AppendFile(FileOutputStream out) {
    this.out = out;
  }

  /** Writes {@code text} at the end and returns how many bytes have been written with it. */
  synchronized long write(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(bytes);
    written += bytes.length;
    return written;
  }

  /** Writes {@code text} at the end and returns once it is on the disk. */
  void writeForced(String text) throws IOException {
    forceTo(write(text));
  }

  /** Writes {@code text} at the end and has the background thread force it soon, starting that thread if need be. */
  void writeSoon(String text) throws IOException {
    write(text);
    synchronized (state) {
      if (!forcing && !closed) {
        Thread thread = new Thread(this::forceInBackground, "hookline-journal");
        thread.setDaemon(true);
        thread.start();
        forcing = true;
      }
      state.notifyAll();
    }
  }

  /** Returns how many times the file has been forced to the disk. */
  int forces() {
    synchronized (state) {
      return forces;
    }
  }

  /**
   * Returns once everything written so far is on the disk.
   *
   * @throws IOException if it cannot be forced there, now or by the background thread since the last call
   */
  void sync() throws IOException {
    forceTo(written());
    synchronized (state) {
      IOException failed = failure;
      failure = null;
      if (failed != null) {
        throw failed;
      }
    }
  }

  /** Forces what is left to the disk, as well as it can, stops the background thread, and closes the file. */
  void close() {
    try {
      forceTo(written());
    } catch (IOException ignored) {
      // what was written stays in the file; only a crash of the machine could cost it, which sync tells
    }
    synchronized (state) {
      closed = true;
      state.notifyAll();
    }
    synchronized (syncing) {
      try {
        out.close();
      } catch (IOException ignored) {
        // nothing is buffered: every write went to the file at once
      }
    }
  }

  /** Returns once the first {@code end} bytes written are on the disk. */
  private void forceTo(long end) throws IOException {
    synchronized (syncing) {
      synchronized (state) {
        if (forced >= end || closed) {
          return;
        }
      }
      long covered = written(); // every byte written by now, the later writers' among them
      out.getFD().sync(); // the data and the file's length, which reading it back needs
      synchronized (state) {
        forced = Math.max(forced, covered);
        forces++;
      }
    }
  }

  /** The background thread: once something is written, waits {@link #GATHER} for more, then forces it all. */
  private void forceInBackground() {
    while (true) {
      synchronized (state) {
        while (!closed && forced >= written()) {
          try {
            state.wait();
          } catch (InterruptedException e) {
            // only closing ends this thread
          }
        }
        if (closed) {
          return;
        }
      }
      try {
        Thread.sleep(GATHER.toMillis());
      } catch (InterruptedException e) {
        // force now
      }
      long end = written();
      try {
        forceTo(end);
      } catch (IOException e) {
        synchronized (state) {
          if (failure == null) {
            failure = e;
          }
          forced = Math.max(forced, end); // told once, by sync, rather than forced again and again
        }
      }
    }
  }

  private synchronized long written() {
    return written;
  }
}

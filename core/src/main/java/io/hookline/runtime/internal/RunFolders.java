package io.hookline.runtime.internal;

import io.hookline.OutputDirs;
import io.hookline.launch.internal.Folders;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Where a run or a sweep writes: the folder its template chose ({@link Runs#RUN_DIR}, {@link Runs#SWEEP_DIR}), made
 * fresh, or else the app's {@link OutputDirs}' dated one.
 */
final class RunFolders {

  private RunFolders() {}

  /** Creates and returns a single run's folder, or returns {@code null} if it gets none. */
  static @Nullable Path run(Request request) {
    Object chosen = request.attributes().get(Runs.RUN_DIR);
    OutputDirs outputs = request.settings().outputs();
    // Asks the clock only when a folder is made: the first LocalDateTime.now() loads the time-zone rules.
    return chosen != null ? Folders.fresh((Path) chosen)
        : outputs.runs() ? outputs.newRunDir(request.settings().directory(), LocalDateTime.now()) : null;
  }

  /** Creates and returns a sweep's folder, as {@code outputs} say unless a template chose it. */
  static @Nullable Path sweep(Request request, OutputDirs outputs) {
    Object chosen = request.attributes().get(Runs.SWEEP_DIR);
    return chosen != null ? Folders.fresh((Path) chosen)
        : outputs.newSweepDir(request.settings().directory(), LocalDateTime.now());
  }
}

package io.hookline;

import io.hookline.Invocation.Attribute;
import io.hookline.launch.internal.Folders;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where runs and jobs keep their files: {@code outputs/<date>/<time>/} for a single run, and
 * {@code multirun/<date>/<time>/<num>/} for each job of a multirun, under the app's directory unless relocated.
 *
 * <p>Each run or job directory holds {@code .hookline/config.yaml} (its configs, resolved) and
 * {@code .hookline/overrides.yaml}; a sweep directory holds {@code multirun.yaml}. Because a JVM cannot change its
 * working directory, the path is handed to callbacks (in their contexts) and to jobs (the invocation attribute
 * {@link #DIRECTORY}).
 *
 * <p>By default multiruns get directories and single runs do not, so a plain command writes nothing but its config
 * files, as in coma; {@link #forRuns()} turns them on for single runs too, as in Hydra. Two runs started in the same
 * second get distinct directories ({@code 12-00-00}, {@code 12-00-00_1}, …).
 *
 * <p>The journal is apart from these: every multirun keeps one ({@code journal.jsonl} in its sweep directory), from
 * which it can be resumed, even when its directories are {@link #off()}; its sweep directory then holds the journal
 * alone. Only {@link #withoutJournal()} turns it off.
 *
 * @param root the folder under which {@code outputs/} and {@code multirun/} go, relative to the app's directory
 * @param runs whether single runs get a directory
 * @param multiruns whether multiruns get directories
 * @param journal whether multiruns keep a journal
 */
public record OutputDirs(Path root, boolean runs, boolean multiruns, boolean journal) {

  /** The invocation attribute that holds the directory of the running job, when there is one. */
  public static final Attribute<Path> DIRECTORY = Attribute.of("output directory", Path.class);

  /** Checks the root. */
  public OutputDirs {
    Objects.requireNonNull(root, "root");
  }

  /** Returns the defaults: directories for multiruns, under the app's directory. */
  public static OutputDirs defaults() {
    return new OutputDirs(Path.of(""), false, true, true);
  }

  /** Returns no directories for runs and jobs; multiruns still keep their journal. */
  public static OutputDirs off() {
    return new OutputDirs(Path.of(""), false, false, true);
  }

  /** Returns these settings with no journal: a multirun that stops cannot be resumed then. */
  public OutputDirs withoutJournal() {
    return new OutputDirs(root, runs, multiruns, false);
  }

  /** Returns these settings with multiruns getting directories, whatever they said before. */
  public OutputDirs withMultiruns() {
    return new OutputDirs(root, runs, true, journal);
  }

  /** Returns these settings with single runs getting a directory too. */
  public OutputDirs forRuns() {
    return new OutputDirs(root, true, multiruns, journal);
  }

  /** Returns these settings with the directories under {@code newRoot}. */
  public OutputDirs under(Path newRoot) {
    return new OutputDirs(newRoot, runs, multiruns, journal);
  }

  /** Creates and returns a new directory for a run started {@code at}, or {@code null} if runs get none. */
  public @Nullable Path newRunDir(Path appDirectory, LocalDateTime at) {
    return runs ? create(appDirectory.resolve(root).resolve("outputs"), at) : null;
  }

  /**
   * Creates and returns a new sweep directory for a multirun started {@code at}, or {@code null} if multiruns get
   * neither directories nor a journal.
   */
  public @Nullable Path newSweepDir(Path appDirectory, LocalDateTime at) {
    return multiruns || journal ? create(appDirectory.resolve(root).resolve("multirun"), at) : null;
  }

  private static Path create(Path base, LocalDateTime at) {
    // Formatters made here, not in static fields: building one initialises java.time's formatting classes, which a
    // program that makes no directory should not pay for at start-up.
    Path day = base.resolve(DateTimeFormatter.ofPattern("yyyy-MM-dd").format(at));
    return Folders.fresh(day.resolve(DateTimeFormatter.ofPattern("HH-mm-ss").format(at)));
  }
}

package io.hookline.launch.internal;

import io.hookline.InfrastructureException;
import io.hookline.InputException;
import io.hookline.callback.JobReturn;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.TreeReader;
import io.hookline.config.internal.TreeWriter;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A multirun's journal: an append-only file of JSON lines in the sweep directory, {@value #FILE}, that says what the
 * sweep is and what came of each job, so that a sweep whose controller died can be resumed.
 *
 * <p>Records, in the order they are appended: the sweep ({@code "record": "sweep"}, with the format version, the app,
 * the command, its options and overrides, and the launcher); each batch of jobs ({@code "jobs"}, with the number of
 * its first job and each job's overrides); each SLURM array ({@code "array"}); each job's return ({@code "return"},
 * with its attempt), as the job ends; and the best job ({@code "best"}), if the sweep's search names one.
 *
 * <p>Contract: every record is written as a whole line before its method returns, so a record survives a crash of the
 * process. The sweep's own records (the sweep, its jobs, its arrays, its best job) are also forced to the disk (fsync)
 * before their methods return, so they survive a crash of the machine too. A job's return is forced by a background
 * thread instead, which gathers the returns of {@link AppendFile#GATHER} into one force, so that a sweep of short jobs
 * does not wait for the disk once a job; {@link #sync} waits for that force, and {@link #close} forces what is left. A
 * crash of the machine may so cost the returns of the last moments, which a resume runs again. Only the last line can
 * be cut short by a crash; reading skips a line that does not parse, so a half-written record is ignored, never an
 * error. A journal of a newer format than this program's is refused in one line, never misread. Appending is safe from several threads. A journal
 * is open from its creation, or reopening, until {@link #close}; a launcher finds the open journal of its sweep with
 * {@link #array}.
 */
public final class Journal {

  /** The journal's file name in the sweep directory. */
  public static final String FILE = "journal.jsonl";

  /** The format this program writes, and the newest it reads. */
  public static final int FORMAT = 1;

  /** The open journals, by sweep directory. */
  private static final Map<Path, Journal> OPEN = new ConcurrentHashMap<>();

  private final Path file;
  private final AppendFile out;

  private Journal(Path file, FileOutputStream out) {
    this.file = file;
    this.out = new AppendFile(out);
    OPEN.put(key(file), this);
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  /**
   * Creates the journal of a new sweep in {@code sweepDir} and appends its first record, the sweep's.
   *
   * @param sweep what the sweep is: app, command, options, overrides, launcher
   * @throws InfrastructureException if the file cannot be created or written; it is closed then
   */
  public static Journal create(Path sweepDir, Map<String, @Nullable Object> sweep) {
    Path file = sweepDir.resolve(FILE);
    Journal journal = null;
    try {
      journal = new Journal(file, new FileOutputStream(Files.createFile(file).toFile(), true));
      Map<String, @Nullable Object> record = new LinkedHashMap<>();
      record.put("record", "sweep");
      record.put("format", FORMAT);
      record.putAll(sweep);
      journal.append(record);
      return journal;
    } catch (IOException e) {
      if (journal != null) {
        journal.close();
      }
      throw new InfrastructureException("cannot create the sweep's journal " + file + ": " + e, e);
    }
  }

  /**
   * Opens the journal in {@code sweepDir} to append to it, as a resumed sweep does; a last line cut short by a crash
   * is ended first, so that it stays a line of its own, which reading skips.
   *
   * @throws InfrastructureException if the file cannot be opened or its last line ended; it is closed then
   */
  public static Journal reopen(Path sweepDir) {
    Path file = sweepDir.resolve(FILE);
    Journal journal = null;
    try {
      journal = new Journal(file, new FileOutputStream(file.toFile(), true));
      long size = Files.size(file);
      if (size > 0) {
        ByteBuffer last = ByteBuffer.allocate(1);
        try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
          reader.read(last, size - 1);
        }
        if (last.get(0) != '\n') {
          journal.out.writeForced("\n");
        }
      }
      return journal;
    } catch (IOException e) {
      if (journal != null) {
        journal.close();
      }
      throw new InfrastructureException("cannot open the sweep's journal " + file + ": " + e, e);
    }
  }

  /**
   * Appends the record of a batch of jobs, numbered from {@code first}, each given as its overrides, with the names of
   * their folders under the sweep's when a template made them ({@code null} when they are the jobs' numbers).
   */
  public void jobs(int batch, int first, List<List<String>> jobs, @Nullable List<String> folders) throws IOException {
    Map<String, @Nullable Object> record = new LinkedHashMap<>();
    record.put("record", "jobs");
    record.put("batch", batch);
    record.put("first", first);
    record.put("jobs", jobs);
    if (folders != null) {
      record.put("folders", folders);
    }
    append(record);
  }

  /**
   * Appends the record of a SLURM array submitted for the sweep in {@code sweepDir}, holding {@code jobs}, to that
   * sweep's open journal, if it has one; a resume waits for such an array rather than submitting its tasks again.
   *
   * @return whether the array was journaled: {@code false} if the sweep journals nothing
   * @throws IOException if the record cannot be written
   */
  public static boolean array(Path sweepDir, String id, List<Integer> jobs) throws IOException {
    Journal journal = OPEN.get(key(sweepDir.resolve(FILE)));
    if (journal == null) {
      return false;
    }
    Map<String, @Nullable Object> record = new LinkedHashMap<>();
    record.put("record", "array");
    record.put("id", id);
    record.put("jobs", jobs);
    journal.append(record);
    return true;
  }

  /** Appends the record of the sweep's best job, as its search named it once the sweep was over. */
  public void best(int number) throws IOException {
    Map<String, @Nullable Object> record = new LinkedHashMap<>();
    record.put("record", "best");
    record.put("job", number);
    append(record);
  }

  /**
   * Appends the record of a job's return, which the background thread forces to the disk; the return says which
   * attempt it is.
   */
  public void ended(JobReturn result) throws IOException {
    Map<String, @Nullable Object> record = new LinkedHashMap<>();
    record.put("record", "return");
    record.put("return", JobReturnJson.tree(result));
    CrashPoints.reach("before-record", result.number());
    if (CrashPoints.named("mid-record", result.number())) {
      String line = TreeWriter.line(record);
      out.writeForced(line.substring(0, line.length() / 2));
      CrashPoints.halt();
    }
    out.writeSoon(TreeWriter.line(record) + "\n");
  }

  /** Returns how many times this journal has forced its file to the disk: at most once per record appended. */
  public int forces() {
    return out.forces();
  }

  /**
   * Returns once every record written so far is on the disk.
   *
   * @throws IOException if it cannot be forced there, now or by the background thread since the last call
   */
  public void sync() throws IOException {
    out.sync();
  }

  /** Returns the journal's file. */
  public Path file() {
    return file;
  }

  /** Appends {@code record} as one line and forces it to the disk. */
  private void append(Map<String, @Nullable Object> record) throws IOException {
    out.writeForced(TreeWriter.line(record) + "\n");
  }

  /** Forces what is left to the disk and closes the journal's file; what was appended stays. */
  public void close() {
    OPEN.remove(key(file), this);
    out.close();
  }

  /**
   * What a journal holds.
   *
   * @param sweep the sweep's record
   * @param jobs each job's overrides, by number, from every batch
   * @param returns each job's last journaled return, by number
   * @param arrays the id of each SLURM array submitted for the sweep, in order
   * @param firsts the first job's number of each batch of jobs its sweeper proposed, in order
   * @param folders the name of each job's folder under the sweep's, by number, where a template made it
   */
  public record Contents(Map<String, @Nullable Object> sweep, Map<Integer, List<String>> jobs,
      Map<Integer, JobReturn> returns, List<String> arrays, List<Integer> firsts, Map<Integer, String> folders) {

    /** Returns the name of job {@code number}'s folder under the sweep's: its template's, or its number. */
    public String folder(int number) {
      return folder(folders, number);
    }

    private static String folder(Map<Integer, String> folders, int number) {
      return folders.getOrDefault(number, Integer.toString(number));
    }

    /** Returns how many batches of jobs its sweeper proposed. */
    public int batches() {
      return firsts.size();
    }

    /** Returns the overrides of batch {@code batch}'s jobs, in job order. */
    public List<List<String>> batch(int batch) {
      int end = batch + 1 < firsts.size() ? firsts.get(batch + 1) : Integer.MAX_VALUE;
      return jobs.entrySet().stream().filter(job -> job.getKey() >= firsts.get(batch) && job.getKey() < end)
          .map(Map.Entry::getValue).toList();
    }
  }

  /**
   * Reads the journal in {@code sweepDir}; a job's directory is {@code sweepDir/<number>}, if there is one.
   *
   * @throws InputException if there is no journal there, or it is of a newer format, or its first record is not a
   *     sweep's, or it has no jobs (the sweep stopped before it journaled any)
   */
  public static Contents read(Path sweepDir) {
    Path file = sweepDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new InputException(sweepDir + ": no sweep journal (" + FILE + ") there: " + file
          + (Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? " is not a regular file" : ""));
    }
    Reading reading = new Reading(sweepDir, file);
    // Read line by line, malformed bytes replaced: a crash may cut the last line in the middle of a character.
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8))) {
      boolean whole = endsWithNewline(file);
      int number = 0;
      for (String line = reader.readLine(); line != null; ) {
        String next = reader.readLine();
        number++;
        if (next != null || whole) { // else a line cut short by a crash: its record never counted
          reading.line(line, number);
        }
        line = next;
      }
    } catch (IOException e) {
      throw new InputException(sweepDir + ": cannot read the sweep journal " + file + ": " + e.getMessage());
    }
    return reading.contents();
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = reader.size();
      ByteBuffer last = ByteBuffer.allocate(1);
      return size > 0 && reader.read(last, size - 1) == 1 && last.get(0) == '\n';
    }
  }

  /** What a journal's lines say, as they are read. */
  private static final class Reading {
    private final Path sweepDir;
    private final Path file;
    private @Nullable Map<String, @Nullable Object> sweep;
    private final Map<Integer, List<String>> jobs = new TreeMap<>();
    private final Map<Integer, JobReturn> returns = new TreeMap<>();
    private final List<String> arrays = new ArrayList<>();
    private final List<Integer> firsts = new ArrayList<>();
    private final Map<Integer, String> folders = new TreeMap<>();

    Reading(Path sweepDir, Path file) {
      this.sweepDir = sweepDir;
      this.file = file;
    }

    /** Takes line {@code i}, a whole one; a line that is not a record is skipped. */
    void line(String line, int i) {
      Map<?, ?> record = record(line, file + ":" + i);
      if (record == null) {
        return;
      }
      try {
        switch (String.valueOf(record.get("record"))) {
          case "sweep" -> sweep = checkedSweep(record, file);
          case "jobs" -> {
            int number = ((Number) record.get("first")).intValue();
            firsts.add(number);
            if (record.get("folders") instanceof List<?> names) {
              for (int k = 0; k < names.size(); k++) {
                folders.put(number + k, String.valueOf(names.get(k)));
              }
            }
            for (Object job : (List<?>) record.get("jobs")) {
              List<String> overrides = new ArrayList<>();
              ((List<?>) job).forEach(item -> overrides.add(String.valueOf(item)));
              jobs.put(number++, List.copyOf(overrides));
            }
          }
          case "return" -> {
            Map<?, ?> tree = (Map<?, ?>) record.get("return");
            int number = ((Number) tree.get("number")).intValue();
            Path dir = sweepDir.resolve(Contents.folder(folders, number));
            returns.put(number, JobReturnJson.fromTree(tree, file + ":" + i, Files.isDirectory(dir) ? dir : null));
          }
          case "array" -> arrays.add(((String) record.get("id")).strip());
          default -> { } // a record of a kind this program does not use: the format version says it may skip it
        }
      } catch (ClassCastException | NullPointerException e) {
        throw new InputException(file + ":" + i + ": not a journal record of format " + FORMAT);
      }
    }

    Contents contents() {
      if (sweep == null) {
        throw new InputException(file + ": not a sweep's journal: its first record does not say what the sweep is");
      }
      if (firsts.isEmpty()) {
        throw new InputException(file + ": the sweep stopped before its jobs were journaled, so none of them ran; run"
            + " it again instead");
      }
      return new Contents(sweep, jobs, returns, List.copyOf(arrays), List.copyOf(firsts), folders);
    }
  }

  private static @Nullable Map<?, ?> record(String line, String shown) {
    try {
      return TreeReader.read(line, shown, Formats.JSON).tree() instanceof Map<?, ?> map ? map : null;
    } catch (InputException | ClassCastException | NullPointerException e) {
      return null;
    }
  }

  private static Map<String, @Nullable Object> checkedSweep(Map<?, ?> record, Path file) {
    Object format = record.get("format");
    if (!(format instanceof Number number) || number.intValue() > FORMAT) {
      throw new InputException(file + ": a journal of format " + format + ", newer than this program reads ("
          + FORMAT + "); resume it with the version of the program that wrote it");
    }
    Map<String, @Nullable Object> sweep = new LinkedHashMap<>();
    record.forEach((key, value) -> sweep.put(String.valueOf(key), value));
    return sweep;
  }
}

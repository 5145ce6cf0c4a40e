package io.hookline.callback.internal;

import io.hookline.Failure;
import io.hookline.InfrastructureException;
import io.hookline.InputException;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.config.internal.AtomicFiles;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.TreeReader;
import io.hookline.config.internal.TreeWriter;
import io.hookline.failure.internal.Causes;
import io.hookline.failure.internal.WorkerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link JobReturn} as a JSON document, written by {@link io.hookline.callback.Callback#writeJobReturns()} and by workers, and
 * read back by the launchers that run jobs in other processes.
 *
 * <p>Contract: {@link #read} of what {@link #write} wrote gives the same status, failure kind, overrides, number, id
 * and times; the value comes back as its tree (maps, lists, strings, numbers, booleans), and the failure's cause as an
 * {@link InputException} if it was one (so bad input still exits with code 2), else as a {@link WorkerException} that
 * keeps the failure's kind.
 */
public final class JobReturnJson {

  private JobReturnJson() {}

  /**
   * Writes {@code result} to {@code file}, atomically, replacing nothing: a second write of one job is skipped.
   *
   * @throws InfrastructureException if the return is beyond what {@link #read} reads: larger than
   *     {@value TreeReader#MAX_DOCUMENT_CHARS} characters or nested deeper than {@value TreeReader#MAX_DEPTH} levels;
   *     nothing is written then
   */
  public static void write(Path file, JobReturn result) throws IOException {
    String text = TreeWriter.render(tree(result), Formats.JSON);
    if (text.length() > TreeReader.MAX_DOCUMENT_CHARS) {
      throw new InfrastructureException("job #" + result.number() + "'s return is " + text.length()
          + " characters of JSON, beyond the " + TreeReader.MAX_DOCUMENT_CHARS + " a return may hold");
    }
    try {
      TreeReader.checkDepth(text, "job #" + result.number() + "'s return");
    } catch (InputException tooDeep) {
      throw new InfrastructureException(tooDeep.getMessage() + ", beyond what a return may hold");
    }
    Files.createDirectories(file.getParent());
    AtomicFiles.writeNew(file, text);
  }

  /**
   * Reads the return a worker wrote to {@code file}, for the job whose directory is {@code outputDir}.
   *
   * @throws InputException if the file is not a job return
   */
  public static JobReturn read(Path file, @Nullable Path outputDir) {
    Object tree = TreeReader.read(file, file.toString(), Formats.JSON).tree();
    return fromTree(tree instanceof Map<?, ?> map ? map : Map.of(), file.toString(), outputDir);
  }

  /**
   * Returns the return that {@link #tree} made {@code tree} of, for the job whose directory is {@code outputDir};
   * {@code shown} names where the tree came from.
   *
   * @throws InputException if the tree is not a job return
   */
  public static JobReturn fromTree(Map<?, ?> tree, String shown, @Nullable Path outputDir) {
    try {
      List<String> overrides = new ArrayList<>();
      ((List<?>) tree.get("overrides")).forEach(item -> overrides.add(String.valueOf(item)));
      return new JobReturn(Status.valueOf((String) tree.get("status")), tree.get("value"),
          readFailure(tree.get("failure")), overrides, ((Number) tree.get("number")).intValue(),
          (String) tree.get("id"), outputDir, Instant.parse((String) tree.get("start")),
          Instant.parse((String) tree.get("end")), tree.get("attempt") instanceof Number attempt ? attempt.intValue() : 1,
          false);
    } catch (RuntimeException e) {
      throw new InputException(shown + ": not a job return: " + e);
    }
  }

  private static @Nullable Failure readFailure(@Nullable Object tree) {
    if (!(tree instanceof Map<?, ?> failure)) {
      return null;
    }
    Failure.Kind kind = Failure.Kind.valueOf((String) failure.get("kind"));
    return new Failure(kind, Objects.requireNonNull(readError(kind, failure), "cause"));
  }

  private static @Nullable Throwable readError(Failure.Kind kind, @Nullable Object tree) {
    return readError(kind, tree, 0);
  }

  /** Reads a saved throwable and at most {@link Causes#LIMIT} throwables of its chain in all. */
  private static @Nullable Throwable readError(Failure.Kind kind, @Nullable Object tree, int depth) {
    if (!(tree instanceof Map<?, ?> error) || depth >= Causes.LIMIT) {
      return null;
    }
    String type = (String) error.get("type");
    String message = (String) error.get("message");
    if (InputException.class.getName().equals(type)) {
      return new InputException(message == null ? "bad input" : message);
    }
    List<String> trace = new ArrayList<>();
    if (error.get("trace") instanceof List<?> frames) {
      frames.forEach(frame -> trace.add(String.valueOf(frame)));
    }
    return new WorkerException(kind, Objects.requireNonNull(type, "type"), message, trace,
        readError(kind, error.get("cause"), depth + 1));
  }

  /** Returns {@code result} as a tree of plain values. */
  public static Map<String, @Nullable Object> tree(JobReturn result) {
    Map<String, @Nullable Object> tree = new LinkedHashMap<>();
    tree.put("status", result.status().name());
    tree.put("value", value(result.value()));
    tree.put("failure", failure(result.failure()));
    tree.put("overrides", result.overrides());
    tree.put("number", result.number());
    tree.put("id", result.id());
    tree.put("start", result.start().toString());
    tree.put("end", result.end().toString());
    tree.put("durationMillis", result.duration().toMillis());
    tree.put("attempt", result.attempt());
    return tree;
  }

  private static @Nullable Object value(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    try {
      return Binder.toTree(value);
    } catch (IllegalArgumentException notJson) {
      return String.valueOf(value);
    }
  }

  private static @Nullable Object failure(@Nullable Failure failure) {
    if (failure == null) {
      return null;
    }
    Map<String, @Nullable Object> tree = new LinkedHashMap<>();
    tree.put("kind", failure.kind().name());
    tree.putAll(error(failure.cause()));
    return tree;
  }

  /**
   * Returns {@code error} and its causes as nested trees; a chain of causes that loops or runs on is cut, and its last
   * tree says why under {@code cut}.
   */
  private static Map<String, @Nullable Object> error(Throwable error) {
    Causes causes = Causes.of(error);
    Map<String, @Nullable Object> below = null;
    for (int i = causes.chain().size() - 1; i >= 0; i--) {
      Throwable next = causes.chain().get(i);
      Map<String, @Nullable Object> tree = new LinkedHashMap<>();
      tree.put("type", next.getClass().getName());
      tree.put("message", next.getMessage());
      List<String> trace = new ArrayList<>();
      for (StackTraceElement frame : next.getStackTrace()) {
        trace.add(frame.toString());
      }
      tree.put("trace", trace);
      tree.put("cause", below);
      if (below == null && causes.cut() != null) {
        tree.put("cut", causes.cut());
      }
      below = tree;
    }
    return Objects.requireNonNull(below);
  }
}

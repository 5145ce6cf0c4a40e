package io.hookline.callback.internal;

import io.hookline.callback.JobReturn;
import io.hookline.config.ConfigFormat;
import io.hookline.config.internal.AtomicFiles;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.TreeWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A {@link JobReturn} as a JSON document. */
public final class JobReturnJson {

  private JobReturnJson() {}

  /** Writes {@code result} to {@code file}, atomically, replacing nothing: a second write of the same job is skipped. */
  public static void write(Path file, JobReturn result) throws IOException {
    Files.createDirectories(file.getParent());
    AtomicFiles.writeNew(file, TreeWriter.render(tree(result), ConfigFormat.JSON));
  }

  /** Returns {@code result} as a tree of plain values. */
  public static Map<String, @Nullable Object> tree(JobReturn result) {
    Map<String, @Nullable Object> tree = new LinkedHashMap<>();
    tree.put("status", result.status().name());
    tree.put("value", value(result.value()));
    tree.put("error", error(result.error()));
    tree.put("overrides", result.overrides());
    tree.put("number", result.number());
    tree.put("id", result.id());
    tree.put("start", result.start().toString());
    tree.put("end", result.end().toString());
    tree.put("durationMillis", result.duration().toMillis());
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

  private static @Nullable Object error(@Nullable Throwable error) {
    if (error == null) {
      return null;
    }
    Map<String, @Nullable Object> tree = new LinkedHashMap<>();
    tree.put("type", error.getClass().getName());
    tree.put("message", error.getMessage());
    List<String> trace = new ArrayList<>();
    for (StackTraceElement frame : error.getStackTrace()) {
      trace.add(frame.toString());
    }
    tree.put("trace", trace);
    tree.put("cause", error(error.getCause() == error ? null : error.getCause()));
    return tree;
  }
}

package io.hookline.config.internal;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON, read and written with Jackson's streaming parser and generator, so that it never loads Jackson databind. */
public final class JsonFormat implements Formats.Located {

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public String write(@Nullable Object tree) {
    return TreeWriter.json(tree);
  }

  @Override
  public Parsed parse(String text, String shown, @Nullable Path folder) {
    return JsonReader.read(text, shown);
  }
}

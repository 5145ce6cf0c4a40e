package io.hookline.config.internal;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * YAML, Hookline's default format: read by {@link YamlReader}, typed by the rules command-line values follow, and
 * written by {@link YamlWriter}, quoting only what would read back as something else.
 */
public final class YamlFormat implements Formats.Located {

  @Override
  public List<String> extensions() {
    return List.of("yaml", "yml");
  }

  @Override
  public String write(@Nullable Object tree) {
    return YamlWriter.write(tree);
  }

  @Override
  public Parsed parse(String text, String shown, @Nullable Path folder) {
    return YamlReader.read(text, shown);
  }
}

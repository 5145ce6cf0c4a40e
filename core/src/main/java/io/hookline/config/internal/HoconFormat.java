package io.hookline.config.internal;

import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * HOCON, read by {@link HoconReader} with its {@code ${}} substitutions resolved as the file is read, and written
 * without origin comments. Not composed: a composition's configs are YAML, JSON or another composable format.
 * Typesafe Config's classes are named only in method bodies, so that they load only when a HOCON file is used.
 */
public final class HoconFormat implements Formats.Located {

  @Override
  public List<String> extensions() {
    return List.of("conf");
  }

  @Override
  public boolean composable() {
    return false;
  }

  @Override
  public String write(@Nullable Object tree) {
    return ConfigValueFactory.fromAnyRef(tree)
        .render(ConfigRenderOptions.defaults().setOriginComments(false).setComments(false).setJson(false));
  }

  @Override
  public Parsed parse(String text, String shown, @Nullable Path folder) {
    return text.isBlank() ? new Parsed(null, java.util.Map.of()) : HoconReader.read(text, shown, folder);
  }
}

package io.hookline.config.internal;

import io.hookline.ConfigFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * TOML ({@code .toml}), added as any format is, by a {@link ConfigFormat} service: read and written by
 * {@link TomlCodec}, which alone names the TOML parser's classes, so that they load only when a TOML file is read or
 * written. A TOML file may be composed; its {@code #} comments carry a {@code # @package} header as YAML's do. TOML
 * has no {@code null}: a tree holding one cannot be written. Its keys' lines are found by {@link TomlLines}, since
 * the parser reports none.
 */
public final class TomlFormat implements ConfigFormat {

  @Override
  public List<String> extensions() {
    return List.of("toml");
  }

  @Override
  public @Nullable Object read(String text) throws Exception {
    return TomlCodec.read(text);
  }

  @Override
  public Map<String, String> positions(String text) {
    return TomlLines.of(text);
  }

  @Override
  public String write(@Nullable Object tree) throws Exception {
    return TomlCodec.write(tree);
  }
}

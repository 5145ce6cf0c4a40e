package io.hookline.config.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValueFactory;
import io.hookline.config.ConfigFormat;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Tree tree} as the text of a config file: YAML without a document marker and with quotes only where
 * needed, JSON indented, or HOCON without origin comments.
 */
public final class TreeWriter {

  private TreeWriter() {}

  /** Returns {@code tree} rendered in {@code format}, ending with a newline. */
  public static String render(@Nullable Object tree, ConfigFormat format) {
    String text = switch (format) {
      case YAML -> tree instanceof java.util.List<?> ? dedent(write(Yaml.MAPPER, tree)) : write(Yaml.MAPPER, tree);
      case JSON -> write(Binder.mapper().writerWithDefaultPrettyPrinter(), tree);
      case HOCON -> ConfigValueFactory.fromAnyRef(tree)
          .render(ConfigRenderOptions.defaults().setOriginComments(false).setComments(false).setJson(false));
    };
    return text.endsWith("\n") ? text : text + "\n";
  }

  private static String write(com.fasterxml.jackson.databind.ObjectWriter writer, @Nullable Object tree) {
    try {
      return writer.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the indent the list indicators get at the top level, where there is nothing to indent them under. */
  private static String dedent(String text) {
    return text.lines().map(line -> line.startsWith("  ") ? line.substring(2) : line)
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
  }

  private static String write(ObjectMapper mapper, @Nullable Object tree) {
    return write(mapper.writer(), tree);
  }

  /** The YAML writer, made when first needed. */
  private static final class Yaml {
    static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build());
  }
}

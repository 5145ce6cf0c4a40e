package io.hookline.config.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hookline.ConfigFormat;
import io.hookline.InputException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Tree tree} as the text of a config file: YAML by {@link YamlWriter} (block style, quotes only where
 * a string would otherwise read back as something else), JSON indented, or HOCON without origin comments. JSON is
 * written with Jackson's streaming generator, so writing a file never loads Jackson databind.
 */
public final class TreeWriter {

  private static final JsonFactory JSON = new JsonFactory();

  private TreeWriter() {}

  /**
   * Returns {@code tree} rendered in {@code format}, ending with a newline.
   *
   * @throws InputException if the format cannot hold a value of the tree, saying why
   */
  public static String render(@Nullable Object tree, ConfigFormat format) {
    String text;
    try {
      text = format.write(tree);
    } catch (InputException e) {
      throw e;
    } catch (Exception e) {
      throw new InputException(e.getMessage() == null ? "." + Formats.extension(format) + " cannot hold it ("
          + e.getClass().getName() + ")" : TreeReader.firstLine(e.getMessage()));
    }
    return text.endsWith("\n") ? text : text + "\n";
  }

  /** Returns {@code tree} as indented JSON. */
  static String json(@Nullable Object tree) {
    return stream(JSON, tree, true);
  }

  /** Returns {@code tree} as compact JSON on one line, without a newline: a record of a JSON-lines file. */
  public static String line(@Nullable Object tree) {
    return stream(JSON, tree, false);
  }

  private static String stream(JsonFactory factory, @Nullable Object tree, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      if (pretty) {
        generator.useDefaultPrettyPrinter();
      }
      write(generator, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator generator, @Nullable Object node) throws IOException {
    if (node == null) {
      generator.writeNull();
    } else if (node instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName(String.valueOf(entry.getKey()));
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (node instanceof List<?> list) {
      generator.writeStartArray();
      for (Object item : list) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (node instanceof String text) {
      generator.writeString(text);
    } else if (node instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (node instanceof Integer || node instanceof Short || node instanceof Byte) {
      generator.writeNumber(((Number) node).intValue());
    } else if (node instanceof Long number) {
      generator.writeNumber(number);
    } else if (node instanceof BigInteger number) {
      generator.writeNumber(number);
    } else if (node instanceof BigDecimal number) {
      generator.writeNumber(number);
    } else if (node instanceof Float number) {
      generator.writeNumber(number);
    } else if (node instanceof Double number) {
      generator.writeNumber(number);
    } else {
      generator.writeString(String.valueOf(node));
    }
  }
}

package io.hookline.config.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.hookline.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document into a {@link Tree tree} with Jackson's streaming parser, recording each value's origin
 * ({@code file:line:column} of its key, or of the item in a list).
 *
 * <p>Contract: a key given twice, a second document and every parse error are an {@link InputException} with a
 * one-line message; nesting and text are held to {@link TreeReader}'s limits. A class of its own, so that a program
 * that reads no JSON loads none of Jackson.
 */
final class JsonReader {

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(TreeReader.MAX_DEPTH)
      .maxStringLength(TreeReader.MAX_DOCUMENT_CHARS)
      .maxNumberLength(Scalars.MAX_NUMBER_LENGTH)
      .build();

  private JsonReader() {}

  static Parsed read(String text, String shown) {
    Map<String, String> origins = new HashMap<>();
    try (JsonParser parser = JsonFactory.builder().streamReadConstraints(LIMITS).build()
        .createParser(new StringReader(text))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Parsed(null, origins);
      }
      Object tree = readNode(parser, new ArrayList<>(), shown + where(parser.currentTokenLocation()), origins, shown);
      if (parser.nextToken() != null) {
        throw new InputException(shown + where(parser.currentTokenLocation())
            + ": more than one document; a config file holds one");
      }
      return new Parsed(tree, origins);
    } catch (JsonProcessingException e) {
      throw new InputException(shown + where(e.getLocation()) + ": " + TreeReader.firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InputException(shown + ": cannot read: " + TreeReader.firstLine(e.getMessage()));
    }
  }

  /** Reads the node at the parser's current token; {@code origin} is where its key (or, in a list, it) stands. */
  private static @Nullable Object readNode(JsonParser parser, List<String> path, String origin,
      Map<String, String> origins, String shown) throws IOException {
    JsonToken token = parser.currentToken();
    origins.put(Tree.show(path), origin);
    switch (token) {
      case START_OBJECT -> {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          String keyOrigin = shown + where(parser.currentTokenLocation());
          if (map.containsKey(key)) {
            throw new InputException(keyOrigin + ": key '" + key + "' appears twice");
          }
          parser.nextToken();
          path.add(key);
          map.put(key, readNode(parser, path, keyOrigin, origins, shown));
          path.remove(path.size() - 1);
        }
        return map;
      }
      case START_ARRAY -> {
        List<@Nullable Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          path.add(Integer.toString(list.size()));
          list.add(readNode(parser, path, shown + where(parser.currentTokenLocation()), origins, shown));
          path.remove(path.size() - 1);
        }
        return list;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getNumberValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new InputException(shown + where(parser.currentTokenLocation())
          + ": unexpected " + token.asString());
    }
  }

  private static String where(@Nullable JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return ":" + location.getLineNr() + ":" + location.getColumnNr();
  }
}

package io.hookline.config.internal;

import io.hookline.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document into a {@link Tree tree} from SnakeYAML's event stream, typing plain scalars by
 * {@link Scalars}: the same rules that type command-line values, so {@code x: 017} in a file and {@code x=017} on the
 * command line are both 17, and {@code .inf} reads in both.
 *
 * <p>The rules are YAML 1.2's core schema. Unlike YAML 1.1 (PyYAML, and so coma and Hydra), {@code yes}, {@code no},
 * {@code on} and {@code off} are strings, and {@code 1_000} and {@code 0b101} are not numbers. Quoted scalars are
 * always strings; an empty value is {@code null}. Of the explicit tags, {@code !!str}, {@code !!int},
 * {@code !!float}, {@code !!bool}, {@code !!null}, {@code !!map} and {@code !!seq} are understood; any other is an
 * error. An alias is an error too (see {@link TreeReader}).
 *
 * <p>Contract: returns the tree and each value's origin ({@code file:line:column} of its key, or of the item in a
 * list), or throws an {@link InputException} with a one-line message; never any other exception for bad input.
 */
final class YamlReader {

  private static final String CORE = "tag:yaml.org,2002:";

  private final ParserImpl parser;
  private final String shown;
  private final Map<String, String> origins = new HashMap<>();

  private YamlReader(String text, String shown) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(TreeReader.MAX_DOCUMENT_CHARS);
    options.setNestingDepthLimit(TreeReader.MAX_DEPTH);
    this.parser = new ParserImpl(new StreamReader(text), options);
    this.shown = shown;
  }

  /**
   * Reads {@code text}, shown in messages and origins as {@code shown}.
   *
   * @throws InputException if it is not one YAML document Hookline can read
   */
  static Parsed read(String text, String shown) {
    YamlReader reader = new YamlReader(text, shown);
    try {
      return reader.document();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new InputException(shown + (mark == null ? "" : reader.at(mark)) + ": "
          + TreeReader.firstLine(e.getProblem())
          + (e.getContext() == null ? "" : ", " + TreeReader.firstLine(e.getContext())));
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException e) {
      // SnakeYAML reports its limits (the document's size, its depth) with its own unchecked exceptions.
      throw new InputException(shown + ": cannot parse: " + TreeReader.firstLine(e.getMessage()));
    }
  }

  private Parsed document() {
    parser.getEvent(); // the stream's start
    if (parser.checkEvent(Event.ID.StreamEnd)) {
      return new Parsed(null, origins);
    }
    parser.getEvent(); // the document's start
    Event first = parser.getEvent();
    Object tree = node(first, new ArrayList<>(), shown + at(first.getStartMark()));
    parser.getEvent(); // the document's end
    if (!parser.checkEvent(Event.ID.StreamEnd)) {
      throw new InputException(shown + at(parser.peekEvent().getStartMark())
          + ": more than one document; a config file holds one");
    }
    return new Parsed(tree, origins);
  }

  /** Reads the node that starts with {@code event}; {@code origin} is where its key (or, in a list, it) stands. */
  private @Nullable Object node(Event event, List<String> path, String origin) {
    origins.put(Tree.show(path), origin);
    if (path.size() > TreeReader.MAX_DEPTH) {
      throw new InputException(origin + ": nested more than " + TreeReader.MAX_DEPTH + " levels deep");
    }
    if (event instanceof AliasEvent alias) {
      throw new InputException(origin + ": YAML aliases (*" + alias.getAnchor()
          + ") are not supported; write the value out");
    }
    if (event instanceof ScalarEvent scalar) {
      return scalar(scalar, origin);
    }
    if (event.is(Event.ID.MappingStart)) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      for (Event keyEvent = parser.getEvent(); !keyEvent.is(Event.ID.MappingEnd); keyEvent = parser.getEvent()) {
        String keyOrigin = shown + at(keyEvent.getStartMark());
        if (!(keyEvent instanceof ScalarEvent key)) {
          throw new InputException(keyOrigin + ": a key must be a plain value, not a list, a map or an alias");
        }
        if (map.containsKey(key.getValue())) {
          throw new InputException(keyOrigin + ": key '" + key.getValue() + "' appears twice");
        }
        path.add(key.getValue());
        map.put(key.getValue(), node(parser.getEvent(), path, keyOrigin));
        path.remove(path.size() - 1);
      }
      return map;
    }
    if (event.is(Event.ID.SequenceStart)) {
      List<@Nullable Object> list = new ArrayList<>();
      for (Event item = parser.getEvent(); !item.is(Event.ID.SequenceEnd); item = parser.getEvent()) {
        path.add(Integer.toString(list.size()));
        list.add(node(item, path, shown + at(item.getStartMark())));
        path.remove(path.size() - 1);
      }
      return list;
    }
    throw new InputException(origin + ": unexpected " + event.getEventId());
  }

  private @Nullable Object scalar(ScalarEvent scalar, String origin) {
    String text = scalar.getValue();
    String tag = scalar.getTag();
    if (tag == null || tag.equals("!")) {
      if (!scalar.isPlain() || tag != null) {
        return text;
      }
      return text.isEmpty() ? null : Scalars.plain(text, origin);
    }
    Object typed = text.isEmpty() ? null : Scalars.plain(text, origin);
    return switch (tag.startsWith(CORE) ? tag.substring(CORE.length()) : tag) {
      case "str" -> text;
      case "null" -> {
        if (typed != null) {
          throw new InputException(origin + ": !!null holds a value, '" + text + "'");
        }
        yield null;
      }
      case "bool" -> expect(typed, Boolean.class, "true or false", text, origin);
      case "int" -> expect(typed, Number.class, "an integer", text, origin) instanceof Double
          ? fail("an integer", text, origin) : typed;
      case "float" -> typed instanceof Number number ? (Object) number.doubleValue()
          : fail("a number", text, origin);
      default -> throw new InputException(origin + ": the tag " + tag + " is not supported; write the value plainly"
          + " (tags Hookline reads: !!str, !!int, !!float, !!bool, !!null)");
    };
  }

  private static Object expect(@Nullable Object typed, Class<?> type, String expected, String text, String origin) {
    return type.isInstance(typed) ? typed : fail(expected, text, origin);
  }

  private static Object fail(String expected, String text, String origin) {
    throw new InputException(origin + ": expected " + expected + " after its tag, got '" + text + "'");
  }

  /** Returns {@code :line:column} of {@code mark}, both counted from 1. */
  private String at(Mark mark) {
    return ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }
}

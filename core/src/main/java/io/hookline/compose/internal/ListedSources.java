package io.hookline.compose.internal;

import io.hookline.Composition;
import io.hookline.compose.internal.CompositionException.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sources a primary config lists under {@code hookline.searchpath}, as Hydra's {@code hydra.searchpath}: a
 * folder as {@code file://FOLDER} (relative to the app's directory unless absolute), a class path root as
 * {@code pkg://a.b} (the resource folder {@code a/b}) or {@code classpath:a/b}.
 *
 * <p>Contract: only the primary config's own content is read, so the list is known before anything is composed; an
 * entry may call the environment or a resolver ({@code file://${env:HOME}/conf}). Anything else in the list, or a
 * list that is not one, is a {@link CompositionException} naming the file and line, with the two spellings.
 */
public final class ListedSources {

  /** The key, under Hookline's own node, that lists them. */
  public static final String KEY = "searchpath";

  private ListedSources() {}

  /**
   * Returns the sources {@code primary}, found in {@code search}, lists, as {@link Composition#sources()} spells them;
   * none if it lists none or is not there.
   */
  public static List<String> of(SearchPath search, String primary) {
    ConfigFile file = search.config(primary);
    if (file == null || !(file.content().get("hookline") instanceof Map<?, ?> hookline)
        || !hookline.containsKey(KEY)) {
      return List.of();
    }
    String path = "hookline." + KEY;
    String origin = file.origins().getOrDefault(path, file.shown());
    if (!(hookline.get(KEY) instanceof List<?> entries)) {
      throw wrong(origin, "a list of sources, not " + hookline.get(KEY));
    }
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String at = file.origins().getOrDefault(path + "." + i, origin);
      Object entry = entries.get(i);
      String text = entry instanceof String written && written.contains("${")
          ? String.valueOf(Interpolation.inDefaults(written, at, search)) : String.valueOf(entry);
      sources.add(source(text, at));
    }
    return sources;
  }

  private static String source(String text, String at) {
    if (text.startsWith("file://") && text.length() > "file://".length()) {
      return Composition.FOLDER + text.substring("file://".length());
    }
    if (text.startsWith("pkg://") && text.substring("pkg://".length()).matches("[\\w$-]+(\\.[\\w$-]+)*")) {
      return Composition.CLASS_PATH + text.substring("pkg://".length()).replace('.', '/');
    }
    if (text.startsWith(Composition.CLASS_PATH) && text.length() > Composition.CLASS_PATH.length()) {
      return text;
    }
    throw wrong(at, "'" + text + "' is not a source");
  }

  private static CompositionException wrong(String at, String what) {
    return new CompositionException(Code.MALFORMED, at + ": hookline." + KEY + ": " + what + "; write file://FOLDER"
        + " for a folder, or pkg://PACKAGE for a class path root, as in pkg://com.example.conf");
  }
}

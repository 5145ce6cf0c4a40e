package io.hookline.command.internal;

import io.hookline.Composition;
import io.hookline.InputException;
import io.hookline.compose.internal.ListedSources;
import io.hookline.compose.internal.SearchPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's compositions start, from outside the code as well: the folders given with {@code --config-dir}
 * searched first, then the sources the app declares, then those its primary config lists under
 * {@code hookline.searchpath}; and the primary config {@code --config-name} names instead of the app's.
 *
 * <p>Contract: the options are read from the invocation's options, so that a worker, a resume and a rerun, which get
 * the options the journal and the plan recorded, see the same sources. A folder that is not there, a name that is not
 * a config's, or {@code hookline.searchpath} set on the command line (it is read from the primary config, before
 * anything is composed) is one line naming the option or key.
 */
public final class Sources {

  /** The option that adds a folder in front of the app's sources. */
  public static final String CONFIG_DIR = "config-dir";

  /** The option that names another primary config. */
  public static final String CONFIG_NAME = "config-name";

  private Sources() {}

  /**
   * Returns where an invocation with {@code options} and {@code overrides} composes from, for an app that declares
   * {@code declared} and resolves paths against {@code directory}.
   */
  public static Composing.Source of(Composition declared, Map<String, List<String>> options, List<String> overrides,
      Path directory) {
    for (String override : overrides) {
      String key = override.replaceFirst("^[+~]+", "").replaceFirst("=.*", "");
      if (key.equals("hookline." + ListedSources.KEY) || key.startsWith("hookline." + ListedSources.KEY + ".")) {
        throw new InputException("command line: " + override + ": hookline." + ListedSources.KEY + " is read from the"
            + " primary config only; add a folder from the command line with --" + CONFIG_DIR + " FOLDER");
      }
    }
    List<String> names = options.getOrDefault(CONFIG_NAME, List.of());
    if (names.size() > 1) {
      throw new InputException("--" + CONFIG_NAME + " is given " + names.size() + " times (" + String.join(", ", names)
          + "); name one primary config");
    }
    String primary = names.isEmpty() ? declared.primary() : names.get(0);
    List<String> front = new ArrayList<>();
    for (String folder : options.getOrDefault(CONFIG_DIR, List.of())) {
      Path resolved = directory.resolve(folder);
      if (!Files.isDirectory(resolved)) {
        throw new InputException("--" + CONFIG_DIR + " " + folder + ": " + (Files.exists(resolved) ? "not a folder"
            : "no such folder") + (Path.of(folder).isAbsolute() ? "" : " in " + directory.toAbsolutePath()));
      }
      front.add(Composition.FOLDER + folder);
    }
    Composition composition = sources(front, declared, List.of(), primary);
    SearchPath search = SearchPath.of(composition, directory);
    // read once: the composition that follows finds the primary in the search path's cache
    Map<String, @Nullable Object> content = search.content(primary);
    List<String> listed = content != null && content.get(Composing.HOOKLINE) instanceof Map<?, ?> hookline
        && hookline.containsKey(ListedSources.KEY) ? ListedSources.of(search, primary) : List.of();
    if (!listed.isEmpty()) {
      composition = sources(List.of(), composition, listed, primary);
      search = SearchPath.of(composition, directory);
    }
    return new Composing.Source(search, primary, List.of());
  }

  /** Returns {@code composition} searching {@code front} first and {@code back} last, with {@code primary}. */
  private static Composition sources(List<String> front, Composition composition, List<String> back, String primary) {
    if (front.isEmpty() && back.isEmpty() && primary.equals(composition.primary())) {
      return composition;
    }
    List<String> all = new ArrayList<>(front);
    all.addAll(composition.sources());
    all.addAll(back);
    Composition made = null;
    for (String source : all) {
      boolean folder = source.startsWith(Composition.FOLDER);
      String place = source.substring((folder ? Composition.FOLDER : Composition.CLASS_PATH).length());
      made = made == null ? (folder ? Composition.folder(Path.of(place)) : Composition.classPath(place))
          : folder ? made.thenFolder(Path.of(place)) : made.thenClassPath(place);
    }
    try {
      made = Objects.requireNonNull(made).primary(primary);
    } catch (IllegalArgumentException e) {
      throw new InputException("--" + CONFIG_NAME + " " + primary + ": " + e.getMessage());
    }
    for (Map.Entry<String, Function<List<@Nullable Object>, @Nullable Object>> resolver
        : composition.resolvers().entrySet()) {
      made = made.resolver(resolver.getKey(), resolver.getValue());
    }
    return made;
  }
}

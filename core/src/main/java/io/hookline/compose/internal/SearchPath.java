package io.hookline.compose.internal;

import io.hookline.Composition;
import io.hookline.ConfigFormat;
import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sources of a composition, searched in order.
 *
 * <p>Contract: a config path such as {@code db/mysql} is found in the first source that has {@code db/mysql.yaml},
 * {@code .yml} or {@code .json}; two of these in one source are ambiguous, and an error. A group's options are the
 * union of every source's, sorted. A folder of configs must exist; only regular files are configs, and a config path
 * that names a folder, a FIFO or a dangling link is an error, not a missing config.
 *
 * <p>A search path reads each folder's listing and each config once, however many compositions use it: one
 * invocation shares its search path between the composition that reads Hookline's node and those of its jobs. It is
 * safe to use from several threads.
 */
public final class SearchPath {

  /** The extensions of config files, in the order they are shown. */

  /**
   * A config file found on the search path.
   *
   * @param path its config path, such as {@code db/mysql}
   * @param shown how messages and origins show it, such as {@code conf/db/mysql.yaml}
   * @param text its content
   * @param format its format
   */
  public record Found(String path, String shown, String text, ConfigFormat format) {}

  /** The group that holds Hookline's own groups, such as {@code hookline/job_logging}, found after every source. */
  public static final String OWN = "hookline";

  private static final Place OWN_GROUPS = new ClassPathPlace("io/hookline/groups", SearchPath.class.getClassLoader());

  private final List<Place> places;
  private final Map<String, Function<List<@Nullable Object>, @Nullable Object>> registered;
  private final Map<String, Optional<ConfigFile>> configs = new ConcurrentHashMap<>();
  private @Nullable Resolvers resolvers;

  private SearchPath(List<Place> places, Map<String, Function<List<@Nullable Object>, @Nullable Object>> registered) {
    this.places = places;
    this.registered = registered;
  }

  /**
   * Returns the search path of {@code composition}, with folders resolved against {@code directory}.
   *
   * @throws CompositionException if a folder does not exist
   */
  public static SearchPath of(Composition composition, Path directory) {
    List<Place> places = new ArrayList<>();
    for (String source : composition.sources()) {
      if (source.startsWith(Composition.FOLDER)) {
        Path folder = Path.of(source.substring(Composition.FOLDER.length()));
        Path root = directory.resolve(folder);
        if (!Files.isDirectory(root)) {
          throw new CompositionException(Code.MISSING_SOURCE, "the config folder " + folder + " does not exist"
              + (Files.exists(root) ? " (it is a file)" : "") + "; the composition searches " + describe(composition));
        }
        places.add(new FolderPlace(root, folder.toString()));
      } else {
        places.add(new ClassPathPlace(source.substring(Composition.CLASS_PATH.length())));
      }
    }
    return new SearchPath(places, composition.resolvers());
  }

  /**
   * Returns the app's own resolvers, which the configs found here may call, for this run: made when first asked for,
   * so that a run whose configs call none loads no resolver code.
   */
  public synchronized Resolvers resolvers() {
    if (resolvers == null) {
      resolvers = Resolvers.of(registered);
    }
    return resolvers;
  }

  private static String describe(Composition composition) {
    return composition.sources().toString();
  }

  /** Returns each source as {@code --info searchpath} shows it. */
  public List<String> describe() {
    return places.stream().map(Place::describe).toList();
  }

  /**
   * Returns the config at {@code path} in the first source that has it, or {@code null} if none has.
   *
   * @throws CompositionException if a source has it twice, or as something other than a regular file
   */
  public @Nullable Found find(String path) {
    for (Place place : places) {
      Found found = place.find(path);
      if (found != null) {
        return found;
      }
    }
    return path.startsWith(OWN + "/") ? OWN_GROUPS.find(path) : null;
  }

  /** Returns the sources to look in for {@code group}: the app's, and Hookline's own presets after them for its groups. */
  private List<Place> placesOf(String group) {
    if (!group.equals(OWN) && !group.startsWith(OWN + "/")) {
      return places;
    }
    List<Place> all = new ArrayList<>(places);
    all.add(OWN_GROUPS);
    return all;
  }

  /**
   * Returns the config at {@code path} read, from the first source that has it, or {@code null} if none has; each
   * config is read once.
   *
   * @throws CompositionException as {@link #find} and {@link ConfigFile#read} do
   */
  public @Nullable ConfigFile config(String path) {
    Optional<ConfigFile> known = configs.get(path);
    if (known == null) {
      Found found = find(path);
      known = Optional.ofNullable(found == null ? null : ConfigFile.read(found));
      configs.put(path, known);
    }
    return known.orElse(null);
  }

  /** Returns the own content of the config at {@code path}, read once as {@link #config} reads it, or {@code null}. */
  public @Nullable Map<String, @Nullable Object> content(String path) {
    ConfigFile file = config(path);
    return file == null ? null : file.content();
  }

  /** Returns the options of {@code group} in every source together, sorted; empty if no source has the group. */
  public List<String> options(String group) {
    Set<String> options = new TreeSet<>();
    placesOf(group).forEach(place -> place.options(group, options));
    return List.copyOf(options);
  }

  /**
   * Returns the message for a group no source has: the search path, the closest groups beside it, and those there
   * are, as in {@code no group 'dbb' in the search path [file://conf]; did you mean 'db'?; the groups at the top are
   * [db, server]}.
   */
  public String noGroup(String group) {
    if (group.equals("hydra/job_logging")) {
      return "no group '" + group + "': a job's logging is chosen from Hookline's group hookline/job_logging here"
          + " (default, none or disabled)";
    }
    String parent = Packages.groupOf(group);
    Set<String> siblings = new TreeSet<>();
    placesOf(parent).forEach(place -> place.groups(parent, siblings));
    List<String> known = siblings.stream().map(name -> Packages.joinPath(parent, name)).toList();
    return "no group '" + group + "' in the search path " + describe() + Suggestions.didYouMean(group, known)
        + "; the groups " + (parent.isEmpty() ? "at the top" : "in " + parent) + " are " + known;
  }

  /** Returns whether some source has a folder {@code group}. */
  public boolean hasGroup(String group) {
    return placesOf(group).stream().anyMatch(place -> place.hasGroup(group));
  }

  /** Returns a config's name without its extension, or {@code null} if the file name has no config extension. */
  static @Nullable String configName(String fileName) {
    for (String extension : Formats.composable()) {
      if (fileName.endsWith("." + extension) && fileName.length() > extension.length() + 1) {
        return fileName.substring(0, fileName.length() - extension.length() - 1);
      }
    }
    return null;
  }

  /** Returns the format of a config file's {@code extension}, one that composes. */
  static ConfigFormat format(String extension) {
    return Formats.byExtension(extension).orElseThrow();
  }
}

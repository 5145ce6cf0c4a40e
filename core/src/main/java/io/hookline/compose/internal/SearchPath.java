package io.hookline.compose.internal;

import io.hookline.Composition;
import io.hookline.ConfigFormat;
import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.Suggestions;
import io.hookline.config.internal.TreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
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
    String parent = Packages.groupOf(group);
    Set<String> siblings = new TreeSet<>();
    placesOf(parent).forEach(place -> place.groups(parent, siblings));
    List<String> known = siblings.stream().map(name -> Packages.joinPath(parent, name)).toList();
    if (group.equals("hydra/job_logging")) {
      return "no group '" + group + "': a job's logging is chosen from Hookline's group hookline/job_logging here"
          + " (default, none or disabled)";
    }
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

  /** One source. */
  private interface Place {
    String describe();

    @Nullable Found find(String path);

    void options(String group, Set<String> into);

    /** Adds the names of the groups in {@code parent} (the top for the empty path) to {@code into}. */
    void groups(String parent, Set<String> into);

    boolean hasGroup(String group);
  }

  /** A folder on disk, whose folders' listings are read once. */
  private static final class FolderPlace implements Place {

    private final Path root;
    private final String shown;
    private final Map<String, Optional<Set<String>>> listings = new ConcurrentHashMap<>();

    FolderPlace(Path root, String shown) {
      this.root = root;
      this.shown = shown;
    }

    /** Returns the names in the folder {@code group}, or {@code null} if there is no such folder. */
    private @Nullable Set<String> listing(String group) {
      return listings.computeIfAbsent(group, folder -> {
        String[] names = root.resolve(folder).toFile().list();
        return Optional.ofNullable(names == null ? null : Set.of(names));
      }).orElse(null);
    }

    @Override
    public String describe() {
      return "file://" + shown;
    }

    @Override
    public @Nullable Found find(String path) {
      Set<String> names = listing(Packages.groupOf(path));
      if (names == null) {
        return null;
      }
      String name = path.substring(path.lastIndexOf('/') + 1);
      Found found = null;
      for (String extension : Formats.composable()) {
        if (!names.contains(name + "." + extension)) {
          continue;
        }
        Path file = root.resolve(path + "." + extension);
        String shownFile = shown + "/" + path + "." + extension;
        if (!Files.isRegularFile(file)) {
          throw new CompositionException(Code.MALFORMED, shownFile + ": not a config file but " + (Files.isDirectory(file)
              ? "a folder" : Files.isSymbolicLink(file) && !Files.exists(file) ? "a link to nothing" : "a special file"));
        }
        if (found != null) {
          throw new CompositionException(Code.MALFORMED, "config '" + path + "' is in " + shown + " twice, as "
              + found.shown() + " and " + shownFile + "; keep one");
        }
        String text;
        try {
          if (Files.size(file) > TreeReader.MAX_DOCUMENT_CHARS) {
            throw new CompositionException(Code.MALFORMED, shownFile + ": larger than " + TreeReader.MAX_DOCUMENT_CHARS
                + " bytes");
          }
          text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new CompositionException(Code.MALFORMED, shownFile + ": cannot read the file: " + e.getMessage());
        }
        found = new Found(path, shownFile, text, format(extension));
      }
      return found;
    }

    @Override
    public void options(String group, Set<String> into) {
      Set<String> names = listing(group);
      if (names == null) {
        return;
      }
      for (String file : names) {
        String name = configName(file);
        if (name != null && Files.isRegularFile(root.resolve(group).resolve(file))) {
          into.add(name);
        }
      }
    }

    @Override
    public void groups(String parent, Set<String> into) {
      Set<String> names = listing(parent);
      if (names != null) {
        names.stream().filter(name -> Files.isDirectory(root.resolve(parent).resolve(name))).forEach(into::add);
      }
    }

    @Override
    public boolean hasGroup(String group) {
      return listing(group) != null;
    }
  }

  /** A root on the class path: every jar or folder that has it, as the class loader orders them. */
  private static final class ClassPathPlace implements Place {

    private static final int MAX_ENTRIES = 100_000;

    private final String root;
    private final ClassLoader loader;
    private @Nullable Set<String> index;

    ClassPathPlace(String root) {
      this(root, Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
          SearchPath.class.getClassLoader()));
    }

    ClassPathPlace(String root, ClassLoader loader) {
      this.root = root;
      this.loader = loader;
    }

    @Override
    public String describe() {
      return "classpath:" + root;
    }

    @Override
    public @Nullable Found find(String path) {
      Found found = null;
      for (String extension : Formats.composable()) {
        String name = root + "/" + path + "." + extension;
        if (!index().contains(path + "." + extension)) {
          continue;
        }
        if (found != null) {
          throw new CompositionException(Code.MALFORMED, "config '" + path + "' is in classpath:" + root + " twice, as "
              + found.shown() + " and classpath:" + name + "; keep one");
        }
        URL url = loader.getResource(name);
        if (url == null) {
          continue;
        }
        try (InputStream in = url.openStream()) {
          byte[] bytes = in.readNBytes(TreeReader.MAX_DOCUMENT_CHARS + 1);
          if (bytes.length > TreeReader.MAX_DOCUMENT_CHARS) {
            throw new CompositionException(Code.MALFORMED, "classpath:" + name + ": larger than "
                + TreeReader.MAX_DOCUMENT_CHARS + " bytes");
          }
          found = new Found(path, "classpath:" + name, new String(bytes, StandardCharsets.UTF_8), format(extension));
        } catch (IOException e) {
          throw new CompositionException(Code.MALFORMED, "classpath:" + name + ": cannot read it: " + e.getMessage());
        }
      }
      return found;
    }

    @Override
    public void options(String group, Set<String> into) {
      String prefix = group.isEmpty() ? "" : group + "/";
      for (String file : index()) {
        if (file.startsWith(prefix) && file.indexOf('/', prefix.length()) < 0) {
          String name = configName(file.substring(prefix.length()));
          if (name != null) {
            into.add(name);
          }
        }
      }
    }

    @Override
    public void groups(String parent, Set<String> into) {
      String prefix = parent.isEmpty() ? "" : parent + "/";
      for (String file : index()) {
        int slash = file.indexOf('/', prefix.length());
        if (file.startsWith(prefix) && slash > 0) {
          into.add(file.substring(prefix.length(), slash));
        }
      }
    }

    @Override
    public boolean hasGroup(String group) {
      String prefix = group + "/";
      return index().stream().anyMatch(file -> file.startsWith(prefix));
    }

    /** Returns every file under the root, relative to it, read once from each jar or folder that has the root. */
    private Set<String> index() {
      if (index == null) {
        Set<String> files = new TreeSet<>();
        try {
          for (URL url : Collections.list(loader.getResources(root))) {
            if (url.getProtocol().equals("file")) {
              addFolder(Path.of(url.toURI()), files);
            } else if (url.getProtocol().equals("jar")) {
              addJar(url, files);
            }
          }
        } catch (IOException | URISyntaxException e) {
          throw new CompositionException(Code.MISSING_SOURCE, "classpath:" + root + ": cannot list it: " + e);
        }
        index = files;
      }
      return index;
    }

    private static void addFolder(Path folder, Set<String> files) throws IOException {
      try (Stream<Path> walk = Files.walk(folder, 32)) {
        walk.limit(MAX_ENTRIES).filter(Files::isRegularFile)
            .forEach(file -> files.add(folder.relativize(file).toString().replace('\\', '/')));
      }
    }

    private void addJar(URL url, Set<String> files) throws IOException {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        String prefix = root + "/";
        Enumeration<JarEntry> entries = jar.entries();
        int seen = 0;
        while (entries.hasMoreElements() && seen++ < MAX_ENTRIES) {
          JarEntry entry = entries.nextElement();
          if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
            files.add(entry.getName().substring(prefix.length()));
          }
        }
      }
    }
  }

  private static ConfigFormat format(String extension) {
    return Formats.byExtension(extension).orElseThrow();
  }
}

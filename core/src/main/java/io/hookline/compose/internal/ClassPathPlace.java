package io.hookline.compose.internal;

import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.compose.internal.SearchPath.Found;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.TreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A root on the class path: every jar or folder that has it, as the class loader orders them. */
final class ClassPathPlace implements Place {

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
        found = new Found(path, "classpath:" + name, new String(bytes, StandardCharsets.UTF_8), SearchPath.format(extension));
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
        String name = SearchPath.configName(file.substring(prefix.length()));
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

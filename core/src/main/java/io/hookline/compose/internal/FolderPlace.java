package io.hookline.compose.internal;

import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.compose.internal.SearchPath.Found;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.TreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** A folder on disk, whose folders' listings are read once. */
final class FolderPlace implements Place {

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
      found = new Found(path, shownFile, text, SearchPath.format(extension));
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
      String name = SearchPath.configName(file);
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

package io.hookline.internal;

import io.hookline.InputException;
import io.hookline.cli.Help;
import io.hookline.cli.ManPages;
import io.hookline.cli.ManualPage;
import io.hookline.cli.Reference;
import io.hookline.config.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code app --man DIR}: writes the app's manual from its model into {@code DIR}: a man page for the app, each group
 * and each command that is not hidden ({@code DIR/man1/APP.1}, {@code DIR/man1/APP-db-migrate.1}), and the same as one
 * AsciiDoc reference ({@code DIR/APP.adoc}).
 *
 * <p>Contract: each file is written whole or not at all; a folder that cannot be made or written is one line.
 */
final class Manuals {

  private Manuals() {}

  /** Writes the manual into the folder {@code args} name, and returns what it says it wrote. */
  static String write(AppParts app, List<String> args) {
    if (args.size() != 2 || args.get(1).startsWith("-")) {
      throw new InputException("--man takes one folder to write the man pages and the reference into, as in --man"
          + " target/man");
    }
    List<ManualPage> pages = pages(app);
    String version = AppVersion.version(app);
    try {
      Path dir = app.settings().directory().resolve(args.get(1));
      AtomicFiles.createFolders(dir.resolve("man1"));
      for (ManualPage page : pages) {
        AtomicFiles.replace(dir.resolve("man1").resolve(page.name(app.name()) + ".1"),
            ManPages.page(app.name(), version, page, pages));
      }
      AtomicFiles.replace(dir.resolve(app.name() + ".adoc"), Reference.of(app.name(), pages));
    } catch (IOException | InvalidPathException e) {
      throw new InputException("--man " + args.get(1) + ": cannot write the manual there (" + e.getMessage() + ")");
    }
    return "wrote " + pages.size() + " man pages to " + args.get(1) + "/man1 and the reference to " + args.get(1) + "/"
        + app.name() + ".adoc\n";
  }

  /** Returns the pages of the app, then of each group and command shown in help, depth first, in help's order. */
  private static List<ManualPage> pages(AppParts app) {
    CommandTree tree = app.tree();
    List<ManualPage> pages = new ArrayList<>();
    List<String> paths = new ArrayList<>(List.of(""));
    while (!paths.isEmpty()) {
      String path = paths.remove(0);
      ResolvedCommand command = tree.commands().get(path);
      if (command != null) {
        pages.add(ManualPage.command(path, command.spec()));
        continue;
      }
      List<String> members = tree.groups().get(path).members();
      pages.add(ManualPage.group(path, path.isEmpty() ? app.description() : tree.description(path),
          members.stream().map(member -> new Help.Member(CommandTree.name(member), tree.description(member))).toList(),
          tree.specsUnder(path), path.isEmpty() ? AppParts.eagerOptions(app.settings()) : List.of()));
      paths.addAll(0, members);
    }
    return pages;
  }
}

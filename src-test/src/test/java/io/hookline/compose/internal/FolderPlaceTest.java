package io.hookline.compose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.architecture.StartsProcesses;
import io.hookline.config.internal.TreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of config files as a place configs are found: what stands where a config file should (a folder, a link to
 * nothing, a FIFO) is named in one line, and a file is read up to the size limit and refused one byte past it.
 */
class FolderPlaceTest {

  @TempDir
  Path dir;

  @Test
  void aFolderOrALinkToNothingIsNamed() throws IOException {
    Files.createDirectories(dir.resolve("db/mysql.yaml"));
    Files.createSymbolicLink(dir.resolve("db/gone.yaml"), dir.resolve("nowhere"));
    FolderPlace place = new FolderPlace(dir, "conf");
    assertThatThrownBy(() -> place.find("db/mysql")).isInstanceOf(CompositionException.class)
        .hasMessage("conf/db/mysql.yaml: not a config file but a folder");
    assertThatThrownBy(() -> place.find("db/gone")).isInstanceOf(CompositionException.class)
        .hasMessage("conf/db/gone.yaml: not a config file but a link to nothing");
  }

  @StartsProcesses
  @Test
  void aFifoIsNamedAsASpecialFile() throws Exception {
    Files.createDirectories(dir.resolve("db"));
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("db/pipe.yaml").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    assertThatThrownBy(() -> new FolderPlace(dir, "conf").find("db/pipe")).isInstanceOf(CompositionException.class)
        .hasMessage("conf/db/pipe.yaml: not a config file but a special file");
  }

  @Test
  void aFileIsReadUpToTheSizeLimit() throws IOException {
    Files.writeString(dir.resolve("full.yaml"), "x".repeat(TreeReader.MAX_DOCUMENT_CHARS));
    Files.writeString(dir.resolve("over.yaml"), "x".repeat(TreeReader.MAX_DOCUMENT_CHARS + 1));
    FolderPlace place = new FolderPlace(dir, "conf");
    assertThat(place.find("full").text()).hasSize(TreeReader.MAX_DOCUMENT_CHARS);
    assertThatThrownBy(() -> place.find("over")).isInstanceOf(CompositionException.class)
        .hasMessage("conf/over.yaml: larger than " + TreeReader.MAX_DOCUMENT_CHARS + " bytes");
  }
}

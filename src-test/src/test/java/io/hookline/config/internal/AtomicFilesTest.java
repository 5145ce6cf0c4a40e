package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a new file leaves either no file or the whole file, never part of one, and never touches an existing
 * file: through a failure after the text is on disk (a crash, a full disk), an unwritable place, and a race.
 */
class AtomicFilesTest {

  @TempDir
  Path dir;

  private long filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void aFailureBeforeTheLinkLeavesNoFileAndNoTemporary() throws IOException {
    Path target = dir.resolve("c.yaml");
    assertThatThrownBy(() -> AtomicFiles.writeNew(target, "a: 1\n", true, temp -> {
      assertThat(temp).hasContent("a: 1");
      throw new IOException("No space left on device");
    })).isInstanceOf(IOException.class).hasMessage("No space left on device");

    assertThat(target).doesNotExist();
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void aCrashBeforeTheLinkLeavesNoPartialTarget() throws IOException {
    Path target = dir.resolve("c.yaml");
    assertThatThrownBy(() -> AtomicFiles.writeNew(target, "a: 1\n", true, temp -> {
      throw new Error("the process dies here");
    })).isInstanceOf(Error.class);

    assertThat(target).doesNotExist();
  }

  @Test
  void anExistingFileIsNeverTouched() throws IOException {
    Path target = dir.resolve("c.yaml");
    Files.writeString(target, "mine: true\n");

    assertThat(AtomicFiles.writeNew(target, "a: 1\n")).isFalse();

    assertThat(target).hasContent("mine: true");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void anUnwritablePlaceIsAnErrorAndLeavesNothing() throws IOException {
    Path notAFolder = dir.resolve("file");
    Files.writeString(notAFolder, "x");

    assertThatThrownBy(() -> AtomicFiles.writeNew(notAFolder.resolve("c.yaml"), "a: 1\n"))
        .isInstanceOf(IOException.class);
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void foldersAreCreatedOnceAndAFileInTheWayIsAnError() throws IOException {
    AtomicFiles.createFolders(dir.resolve("one"));
    AtomicFiles.createFolders(dir.resolve("one"));
    AtomicFiles.createFolders(dir.resolve("a/b/c"));
    assertThat(dir.resolve("one")).isDirectory();
    assertThat(dir.resolve("a/b/c")).isDirectory();
    Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> AtomicFiles.createFolders(dir.resolve("file")))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThatThrownBy(() -> AtomicFiles.createFolders(dir.resolve("file/below")))
        .isInstanceOf(FileSystemException.class);
    assertThat(dir.resolve("file")).hasContent("x");
  }

  @Test
  void parentFoldersAreCreated() throws IOException {
    Path target = dir.resolve("a/b/c.yaml");
    assertThat(AtomicFiles.writeNew(target, "a: 1\n")).isTrue();
    assertThat(target).hasContent("a: 1");
  }

  @Test
  void aRecordReplacesItsFileInOneStepAndLeavesNoTemporary() throws IOException {
    Path target = dir.resolve("job.yaml");
    AtomicFiles.writeRecord(target, "a: 1\n");
    AtomicFiles.writeRecord(target, "a: 2\n");

    assertThat(target).hasContent("a: 2");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void aRecordThatCannotTakeItsPlaceIsAnErrorAndLeavesNoTemporary() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("job.yaml"));
    Files.writeString(folder.resolve("inside"), "x");

    assertThatThrownBy(() -> AtomicFiles.writeRecord(folder, "a: 1\n")).isInstanceOf(IOException.class);
    assertThat(filesIn(dir)).isEqualTo(1);
    assertThat(folder.resolve("inside")).hasContent("x");
  }

  @Test
  void aFileGetsThePermissionsOfAnyNewFileThere() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain"));
    Path written = dir.resolve("c.yaml");
    AtomicFiles.writeNew(written, "a: 1\n");

    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
  }
}

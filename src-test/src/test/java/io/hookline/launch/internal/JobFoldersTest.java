package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JobFolders}: names are checked and kept apart, over batches and across a resume. */
class JobFoldersTest {

  private static final List<List<String>> TWO = List.of(List.of("a=1"), List.of("a=2"));

  @Test
  void numberedFoldersAreTheJobsNumbers() {
    JobFolders folders = new JobFolders(JobFolders.Naming.NUMBERED);
    assertThat(folders.add(0, TWO)).containsExactly("0", "1");
    assertThat(folders.add(2, List.of(List.of("a=3")))).containsExactly("2");
    assertThat(folders.numbered()).isTrue();
  }

  @Test
  void aTemplatesNamesAreJoinedBySlashesAndKeptApartOverBatches() {
    JobFolders folders = new JobFolders((number, overrides) -> "by\\" + overrides.get(0));
    assertThat(folders.add(0, TWO)).containsExactly("by/a=1", "by/a=2");
    assertThat(folders.numbered()).isFalse();
    assertThatThrownBy(() -> folders.add(2, List.of(List.of("a=1")))).isInstanceOf(InputException.class)
        .hasMessage("jobs 0 (a=1) and 2 (a=1) both have the folder 'by\\a=1'; make hookline.sweep.subdir tell them"
            + " apart, as with ${hookline:job.num}");
  }

  @Test
  void aResumeKnowsTheNamesTheJournalRecorded() {
    JobFolders folders = JobFolders.resumed((number, overrides) -> "x", TWO, List.of("p", "q"));
    assertThat(folders.names()).containsExactly("p", "q");
    assertThat(folders.add(2, List.of(List.of("a=3")))).containsExactly("x");
    assertThatThrownBy(() -> JobFolders.resumed((number, overrides) -> "x", TWO, List.of("p", "p")))
        .hasMessageContaining("both have the folder 'p'");
  }

  @Test
  void aNameThatClimbsOrIsAbsoluteIsRefused() {
    for (String name : List.of("../x", "/x", "C:\\x", "a//b", "a/./b", "", " ")) {
      assertThatThrownBy(() -> new JobFolders((number, overrides) -> name).add(0, List.of(List.of("a=1"))))
          .as(name).isInstanceOf(InputException.class).hasMessageEndingWith("is not a relative path going down;"
              + " write names joined by '/'");
    }
  }
}

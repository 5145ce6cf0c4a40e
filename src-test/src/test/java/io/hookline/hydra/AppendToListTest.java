package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Composition;
import io.hookline.OutputDirs;
import io.hookline.testkit.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ++key=[a, b]} appends to the list a key holds, in an app that composes and in one that does not: the elements
 * of a list value, or a single value; on a key that holds no list it is, in a composed config, Hydra's "set whether or
 * not it is there", and in a plain config one line saying how to set it.
 */
class AppendToListTest {

  @TempDir
  Path dir;

  /** A config with a list. */
  public record Job(String name, List<String> tags, List<Integer> layers) {
    /** The defaults. */
    public Job() {
      this("job", List.of("base"), List.of(64));
    }
  }

  private App plain() {
    return App.named("app").outputs(OutputDirs.off()).config(Job.class)
        .command("show", Job.class, job -> {
          System.out.println(job.name() + " " + job.tags() + " " + job.layers());
          return null;
        });
  }

  private App composed() throws IOException {
    Files.createDirectories(dir.resolve("conf"));
    Files.writeString(dir.resolve("conf/config.yaml"), "job:\n  tags: [base, nightly]\n");
    return plain().compose(Composition.folder(Path.of("conf")));
  }

  @Test
  void aPlainConfigsListGrowsByTheElementsOfAListOrByOneValue() {
    Transcript run = Transcript.of(plain(), dir, "show", "++tags=[gpu, fast]", "++layers=32", "++tags=x");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("job [base, gpu, fast, x] [64, 32]\n");

    Transcript notAList = Transcript.of(plain(), dir, "show", "++name=x");
    assertThat(notAList.exitCode()).isEqualTo(2);
    assertThat(notAList.err()).isEqualTo("app: override '++name=x': 'name' of config 'job' holds \"job\", and ++"
        + " appends to a list; write name=x to set it\n");

    Transcript noKey = Transcript.of(plain(), dir, "show", "++tgas=[a]");
    assertThat(noKey.exitCode()).isEqualTo(2);
    assertThat(noKey.err()).isEqualTo("app: override '++tgas=[a]': no config has the key 'tgas'; did you mean"
        + " 'tags'?\n");
  }

  @Test
  void aComposedListGrowsAndAnyOtherKeyIsSetAsHydraSetsIt() throws IOException {
    Transcript run = Transcript.of(composed(), dir, "show", "++job.tags=[gpu]", "++job.layers=[32, 16]",
        "++job.name=forced");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("forced [base, nightly, gpu] [64, 32, 16]\n");

    Transcript replaced = Transcript.of(composed(), dir, "show", "job.tags=[gpu]");
    assertThat(replaced.out()).isEqualTo("job [gpu] [64]\n");

    Transcript lost = Transcript.of(composed(), dir, "show", "++job.tags=[gpu]", "job.tags=[cpu]");
    assertThat(lost.exitCode()).isEqualTo(2);
    assertThat(lost.err()).isEqualTo("app: 'job.tags=[cpu]' sets 'job.tags' again, after '++job.tags=[gpu]'; give it"
        + " once, or sweep its values with -m, as in job.tags=1,2\n");
  }
}

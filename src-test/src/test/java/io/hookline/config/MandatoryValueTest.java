package io.hookline.config;

import static org.assertj.core.api.Assertions.assertThat;

import greet.Greet;
import io.hookline.testkit.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ???}, OmegaConf's mandatory value, in a plain config's file: a run that leaves it unset is one line naming the
 * key and where it is written, exit 2; the command line sets it.
 */
class MandatoryValueTest {

  @TempDir
  Path dir;

  @Test
  void aMandatoryValueInAConfigsFileMustBeSet() throws IOException {
    Files.writeString(dir.resolve("greeting.yaml"), "name: ???\nmessage: Hello\ntimes: 1\n");

    Transcript unset = Transcript.of(Greet.app(), dir, "hello");
    assertThat(unset.exitCode()).isEqualTo(2);
    assertThat(unset.err()).isEqualTo("greet: config 'greeting': key 'name' is ??? (a mandatory value) in"
        + " greeting.yaml:1:1 and was never set; set it on the command line (name=VALUE) or where it is written\n");

    Transcript set = Transcript.of(Greet.app(), dir, "hello", "name=Ada");
    assertThat(set.exitCode()).as(set.err()).isZero();
    assertThat(set.out()).isEqualTo("Hello, Ada!\n");
  }
}

package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An argument file's words, each rule at its edge: quotes of both kinds, a backslash that escapes only a double quote
 * or itself inside double quotes, comments only where a line starts, the line an unclosed quote opened on, and the
 * limits on depth, size and count, each on the last value taken and the first refused.
 */
class ArgumentFileWordsTest {

  @TempDir
  Path dir;

  private static List<String> words(String text) {
    return ArgumentFiles.split(text, "args");
  }

  @Test
  void quotesKeepSpacesAndABackslashEscapesOnlyAQuoteOrItselfInDoubleQuotes() {
    assertThat(words("a \"b c\" 'd e'")).containsExactly("a", "b c", "d e");
    assertThat(words("\"x\\\"y\" \"p\\\\q\" \"r\\ns\" 't\\'")).containsExactly("x\"y", "p\\q", "r\\ns", "t\\");
    assertThatThrownBy(() -> words("\"end\\\"")).hasMessage("args:1: the quote \" opened here is not closed");
  }

  @Test
  void theQuoteThatIsNotClosedIsSaidWithItsLine() {
    assertThatThrownBy(() -> words("a\nb\n  \"c\nd")).isInstanceOf(InputException.class)
        .hasMessage("args:3: the quote \" opened here is not closed");
    assertThatThrownBy(() -> words("'\n\n")).hasMessage("args:1: the quote ' opened here is not closed");
    assertThatThrownBy(() -> words("\"a\nb\" 'c")).hasMessage("args:2: the quote ' opened here is not closed");
  }

  @Test
  void aCommentStartsOnlyWhereALineDoes() {
    assertThat(words("# all of it\na#b # c\n  # indented\nd")).containsExactly("a#b", "#", "c", "d");
    assertThat(words("#")).isEmpty();
    assertThat(words("x\n#y")).containsExactly("x");
  }

  @Test
  void filesIncludeEachOtherTenDeepAndNoDeeper() throws IOException {
    for (int i = 0; i < 11; i++) {
      Files.writeString(dir.resolve("f" + i), i == 10 ? "last" : "@f" + (i + 1));
    }
    Files.writeString(dir.resolve("g0"), "@f1");
    assertThat(ArgumentFiles.expand(List.of("@f1"), dir)).containsExactly("last");
    assertThatThrownBy(() -> ArgumentFiles.expand(List.of("@f0"), dir)).isInstanceOf(InputException.class)
        .hasMessage("@f10: argument files include one another more than 10 deep; does one include itself?");
  }

  @Test
  void theLimitsOfSizeAndCountTakeTheirLastValue() throws IOException {
    Files.writeString(dir.resolve("many"), String.join("\n", Collections.nCopies(ArgumentFiles.MAX_ARGUMENTS, "a")));
    assertThat(ArgumentFiles.expand(List.of("@many"), dir)).hasSize(ArgumentFiles.MAX_ARGUMENTS);
    assertThatThrownBy(() -> ArgumentFiles.expand(List.of("b", "@many"), dir))
        .hasMessage("@many: more than 100000 arguments in all");

    Files.write(dir.resolve("big"), new byte[ArgumentFiles.MAX_BYTES]);
    assertThat(ArgumentFiles.expand(List.of("@big"), dir)).singleElement().asString().hasSize(ArgumentFiles.MAX_BYTES);
    Files.write(dir.resolve("big"), new byte[ArgumentFiles.MAX_BYTES + 1]);
    assertThatThrownBy(() -> ArgumentFiles.expand(List.of("@big"), dir))
        .hasMessage("@big: larger than 8388608 bytes");
  }
}

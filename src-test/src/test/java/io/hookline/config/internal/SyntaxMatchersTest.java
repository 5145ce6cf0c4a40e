package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand-written matchers for numbers and names (written out so that start-up compiles no regular expression) accept
 * exactly what the regular expressions they replaced accept.
 */
class SyntaxMatchersTest {

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  @Property
  void numbersMatchAsTheRegularExpressionsDo(@ForAll("numberish") String text) {
    assertThat(Scalars.isInteger(text)).as("integer %s", text).isEqualTo(INTEGER.matcher(text).matches());
    assertThat(Scalars.isFloat(text)).as("float %s", text).isEqualTo(FLOAT.matcher(text).matches());
  }

  @Property
  void namesMatchAsTheRegularExpressionsDo(@ForAll("nameish") String text) {
    assertThat(Names.isName(text)).as("name %s", text).isEqualTo(NAME.matcher(text).matches());
    assertThat(Names.isIdentifier(text)).as("identifier %s", text).isEqualTo(IDENTIFIER.matcher(text).matches());
  }

  @Test
  void theEdgesOfEachRule() {
    assertThat(Scalars.isFloat(".5")).isTrue();
    assertThat(Scalars.isFloat("5.")).isTrue();
    assertThat(Scalars.isFloat(".")).isFalse();
    assertThat(Scalars.isFloat("1e")).isFalse();
    assertThat(Scalars.isFloat("-1.5E+3")).isTrue();
    assertThat(Scalars.isInteger("+")).isFalse();
    assertThat(Names.isName("9lives")).isTrue();
    assertThat(Names.isIdentifier("9lives")).isFalse();
    assertThat(Names.isIdentifier("_x-y")).isTrue();
    assertThat(Names.isName("é")).isFalse();
    assertThat(Names.isName("")).isFalse();
  }

  @Provide
  Arbitrary<String> numberish() {
    return Arbitraries.strings().withChars("0123456789+-.eEx ").ofMaxLength(8);
  }

  @Provide
  Arbitrary<String> nameish() {
    return Arbitraries.strings().withChars("aZ09_.-é $").ofMaxLength(6);
  }
}

package io.hookline.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The Windows script's text (nothing here runs Windows), the POSIX script's command line (its runs are
 * {@link DistributionTest}'s), and the training command line's words.
 */
class ScriptsTest {

  @Test
  void theWindowsScriptNamesEveryJarInOrderAndPassesEveryArgument() {
    String script = Scripts.windows("greet", "greet.Greet", List.of("-Xss2m", "-Dshare=100%"),
        List.of("greet.jar", "hookline-core-1.0.jar"));
    assertThat(script).isEqualTo(String.join("\r\n",
        "@echo off",
        "rem greet: runs greet.Greet from the jars in ..\\lib. Made by hookline-maven-plugin (goal dist).",
        "rem JAVA_HOME picks the Java runtime (else java on the PATH); JAVA_OPTS adds options to the JVM.",
        "setlocal",
        "set \"HOME_DIR=%~dp0..\"",
        "set \"JAVA_EXE=java\"",
        "if defined JAVA_HOME set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\"",
        "\"%JAVA_EXE%\" \"-Xss2m\" \"-Dshare=100%%\" %JAVA_OPTS% -cp"
            + " \"%HOME_DIR%\\lib\\greet.jar;%HOME_DIR%\\lib\\hookline-core-1.0.jar\" greet.Greet %*",
        "exit /b %ERRORLEVEL%",
        ""));
    assertThat(script.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void thePosixScriptQuotesEachJarOptionAndClassAsTheShellReadsThemBack() {
    String script = Scripts.posix("greet", "greet.Greet", List.of("-Dsay=it's", "-Xss2m"),
        List.of("greet.jar", "odd $name `x` \"q\" \\.jar"));
    assertThat(script).startsWith("#!/bin/sh\n# greet: runs greet.Greet from the jars in ../lib.").endsWith("\n")
        .contains("\nexec \"$java\" -Xlog:disable -Xlog:all=warning:stderr \"$archive\" '-Dsay=it'\\''s' '-Xss2m'"
            + " $JAVA_OPTS \\\n  -cp \"$home/lib/greet.jar:$home/lib/odd \\$name \\`x\\` \\\"q\\\" \\\\.jar\""
            + " 'greet.Greet' \"$@\"\n");
  }

  @Test
  void theTrainingCommandLineIsSplitAsAShellSplitsIt() {
    assertThat(Words.of("  hello name=Ada  ")).containsExactly("hello", "name=Ada");
    assertThat(Words.of("hello 'name=Ada Lovelace' \"greeting=say \\\"hi\\\"\" a\\ b ''"))
        .containsExactly("hello", "name=Ada Lovelace", "greeting=say \"hi\"", "a b", "");
    assertThatThrownBy(() -> Words.of("hello 'name=Ada"))
        .hasMessage("the single quote at character 7 is not closed");
  }

  /** Words quoted as the POSIX script quotes them come back whole. */
  @Property
  void quotedWordsComeBackWhole(@ForAll @Size(max = 5) List<@StringLength(max = 12) String> words) {
    String line = String.join(" ", words.stream().map(Scripts::shellQuoted).toList());
    assertThat(Words.of(line)).isEqualTo(words);
  }
}

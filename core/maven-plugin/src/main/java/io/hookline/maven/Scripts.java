package io.hookline.maven;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The text of a distribution's two launcher scripts, from its name, main class, JVM options and jars (file names in
 * {@code lib/}, in class-path order). Pure: the same arguments give the same text.
 *
 * <p>The POSIX script runs the program with the start-up archive the build made, when it was made for this folder
 * and this Java runtime; otherwise it makes one at the end of this run (if it may write the folder, and the disk has
 * room for it: a JVM that cannot write its archive fails the run) and uses it from then on. A JVM that cannot use an archive (another version, a damaged file) runs without it, and its warnings go to
 * the error stream, never into the program's output. The Windows script runs the program without an archive.
 */
final class Scripts {

  private Scripts() {}

  /** The POSIX shell script, {@code bin/NAME}. */
  static String posix(String name, String mainClass, List<String> jvmOptions, List<String> jars) {
    String classpath = joined(jars, ":", jar -> "$home/lib/" + shellEscapedInQuotes(jar));
    String options = joined(jvmOptions, "", option -> " " + shellQuoted(option));
    String archive = "$home/" + name;
    return String.join("\n",
        "#!/bin/sh",
        "# " + name + ": runs " + mainClass + " from the jars in ../lib. Made by hookline-maven-plugin (goal dist).",
        "# JAVA_HOME picks the Java runtime (else java on the PATH); JAVA_OPTS adds options to the JVM.",
        "# The JVM maps the start-up archive made for this folder and this runtime, " + name + ".aot (an AOT cache,",
        "# JDK 25 and later) or " + name + ".jsa (a class-data archive); " + name + ".archive says what it was made for.",
        "# A copy of this folder elsewhere, or another runtime, makes its own .jsa on its first run, where it may write.",
        "home=$(cd \"$(dirname \"$0\")/..\" && pwd)",
        "java=\"${JAVA_HOME:+$JAVA_HOME/bin/}java\"",
        "jvm=$(command -v \"$java\")",
        "jvm=$(readlink -f \"$jvm\" 2> /dev/null || printf '%s' \"$jvm\")",
        "made=$(printf '%s\\n%s' \"$home\" \"$jvm\")",
        "# A JVM that cannot write its archive at exit fails the whole run, so one is made only where there is room:",
        "# twice the archive there is, or 64 MB if none. Asked only when an archive is to be made.",
        "roomy() {",
        "  size=$( (wc -c < \"" + archive + ".jsa\" || wc -c < \"" + archive + ".aot\" || echo 33554432) 2> /dev/null)",
        "  free=$(df -Pk \"$home\" 2> /dev/null | awk 'NR == 2 { print $4 }')",
        "  [ \"${free:-0}\" -gt $((size * 2 / 1024)) ]",
        "}",
        "if [ \"$(cat \"" + archive + ".archive\" 2> /dev/null)\" = \"$made\" ] && [ -f \"" + archive + ".aot\" ]; then",
        "  archive=\"-XX:AOTCache=" + archive + ".aot\"",
        "elif [ \"$(cat \"" + archive + ".archive\" 2> /dev/null)\" = \"$made\" ] && [ -f \"" + archive + ".jsa\" ]; then",
        "  archive=\"-XX:SharedArchiveFile=" + archive + ".jsa\"",
        "elif [ -w \"$home\" ] && roomy; then",
        "  rm -f \"" + archive + ".aot\" \"" + archive + ".jsa\"",
        "  printf '%s\\n' \"$made\" > \"" + archive + ".archive\"",
        "  archive=\"-XX:ArchiveClassesAtExit=" + archive + ".jsa\"",
        "else",
        "  archive=-Xshare:auto",
        "fi",
        "# shellcheck disable=SC2086 # JAVA_OPTS holds several options",
        "exec \"$java\" -Xlog:disable -Xlog:all=warning:stderr \"$archive\"" + options + " $JAVA_OPTS \\",
        "  -cp \"" + classpath + "\" " + shellQuoted(mainClass) + " \"$@\"",
        "");
  }

  /** The Windows script, {@code bin/NAME.cmd}, with CRLF line ends. */
  static String windows(String name, String mainClass, List<String> jvmOptions, List<String> jars) {
    String classpath = joined(jars, ";", jar -> "%HOME_DIR%\\lib\\" + cmdEscaped(jar));
    String options = joined(jvmOptions, "", option -> " \"" + cmdEscaped(option) + "\"");
    return String.join("\r\n",
        "@echo off",
        "rem " + name + ": runs " + mainClass + " from the jars in ..\\lib. Made by hookline-maven-plugin (goal dist).",
        "rem JAVA_HOME picks the Java runtime (else java on the PATH); JAVA_OPTS adds options to the JVM.",
        "setlocal",
        "set \"HOME_DIR=%~dp0..\"",
        "set \"JAVA_EXE=java\"",
        "if defined JAVA_HOME set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\"",
        "\"%JAVA_EXE%\"" + options + " %JAVA_OPTS% -cp \"" + classpath + "\" " + cmdEscaped(mainClass) + " %*",
        "exit /b %ERRORLEVEL%",
        "");
  }

  /** Each of {@code words} as {@code each} writes it, separated by {@code separator}. */
  private static String joined(List<String> words, String separator, UnaryOperator<String> each) {
    return words.stream().map(each).collect(Collectors.joining(separator));
  }

  /** A word in single quotes, as a POSIX shell reads it back. */
  static String shellQuoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** A word for inside double quotes: {@code $}, {@code `}, {@code "} and {@code \} escaped. */
  private static String shellEscapedInQuotes(String word) {
    return word.replaceAll("([$`\"\\\\])", "\\\\$1");
  }

  /** A word for a {@code .cmd} file: {@code %} doubled, so that it is not read as a variable. */
  private static String cmdEscaped(String word) {
    return word.replace("%", "%%");
  }
}

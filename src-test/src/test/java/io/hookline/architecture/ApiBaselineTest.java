package io.hookline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of core and dsl, written down and held: every public type of an exported package (one whose name
 * has no {@code internal}), with its public and protected members, as {@code docs/api.txt} lists them. The test fails
 * when a public signature changes without that file changing with it; run it with {@code -Dhookline.api.update=true}
 * to write the file anew, and commit it with the change. The testkit ({@code io.hookline.testkit}) counts apart.
 */
class ApiBaselineTest {

  private static final Path BASELINE = Path.of("..", "docs", "api.txt");

  /** The public top-level types of core and dsl, as counted when the baseline was first written. */
  private static final long TOP_LEVEL = 39;

  /** The public types, nested ones counted. */
  private static final long ALL = 60;

  /** The exported packages. */
  private static final long PACKAGES = 6;

  /**
   * Returns the packages that core and dsl export to everyone: those core's module-info.java exports, and every
   * package of the dsl, an automatic module whose packages are all exported.
   */
  static List<String> exported() throws IOException {
    List<String> packages = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "core", "src", "main", "java", "module-info.java"))) {
      String trimmed = line.strip();
      if (trimmed.startsWith("exports ") && trimmed.endsWith(";") && !trimmed.contains(" to ")) {
        packages.add(trimmed.substring("exports ".length(), trimmed.length() - 1).strip());
      }
    }
    Path kotlin = Path.of("..", "dsl", "src", "main", "kotlin");
    try (Stream<Path> files = Files.walk(kotlin)) {
      files.filter(file -> file.toString().endsWith(".kt"))
          .map(file -> kotlin.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.'))
          .distinct().forEach(packages::add);
    }
    return packages;
  }

  /** Returns the public types of the exported packages of core and dsl, sorted by name. */
  static List<Class<?>> types() throws ClassNotFoundException, IOException {
    List<String> exported = exported();
    TreeSet<String> typeNames = new TreeSet<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.hookline")) {
      if (exported.contains(type.getPackageName()) && visible(type.reflect())) {
        typeNames.add(type.getName());
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : typeNames) {
      types.add(Class.forName(name, false, ApiBaselineTest.class.getClassLoader()));
    }
    return types;
  }

  /** Returns the API's lines: a type's line, then its members' lines, indented, types and members sorted. */
  static List<String> api() throws ClassNotFoundException, IOException {
    List<String> lines = new ArrayList<>();
    for (Class<?> type : types()) {
      lines.add(describe(type));
      TreeSet<String> members = new TreeSet<>();
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (api(constructor) && !constructor.isSynthetic()) {
          members.add("  " + constructor.toGenericString());
        }
      }
      boolean kotlin = Arrays.stream(type.getAnnotations())
          .anyMatch(annotation -> annotation.annotationType().getName().equals("kotlin.Metadata"));
      for (Method method : type.getDeclaredMethods()) {
        // Kotlin marks its inline functions with reified type parameters synthetic, so that Java cannot call them.
        if (api(method) && (kotlin || !method.isSynthetic()) && !method.isBridge()) {
          members.add("  " + method.toGenericString());
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (api(field) && !field.isSynthetic()) {
          members.add("  " + field.toGenericString());
        }
      }
      lines.addAll(members);
    }
    return lines;
  }

  /** Returns whether a user of the module sees {@code type}: public, and every type enclosing it too. */
  private static boolean visible(Class<?> type) {
    for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
      if (!Modifier.isPublic(at.getModifiers()) || at.isAnonymousClass() || at.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean api(Member member) {
    int modifiers = member.getModifiers();
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)
        && !Modifier.isFinal(member.getDeclaringClass().getModifiers());
  }

  private static String describe(Class<?> type) {
    StringBuilder line = new StringBuilder(type.toGenericString());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      line.append(" extends ").append(superclass.getTypeName());
    }
    if (type.getGenericInterfaces().length > 0) {
      line.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(type.getGenericInterfaces())
          .map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  @Test
  void thePublicApiIsTheOneWrittenDown() throws Exception {
    List<String> api = api();
    List<String> file = new ArrayList<>(List.of(
        "# The public API of hookline-core and hookline-dsl: every public type of an exported package, with its",
        "# public and protected members. Held by ApiBaselineTest; rewrite it with",
        "# mvn -B -pl src-test -am test -Dtest=ApiBaselineTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dhookline.api.update=true",
        "# and commit it with the change that it shows."));
    file.addAll(api);
    if (Boolean.getBoolean("hookline.api.update")) {
      Files.write(BASELINE, file, StandardCharsets.UTF_8);
    }
    assertThat(Files.readAllLines(BASELINE, StandardCharsets.UTF_8))
        .as("the public API differs from docs/api.txt; if the change is meant, rewrite the file as its header says")
        .containsExactlyElementsOf(file);
  }

  /**
   * Holds the size of the API: at most 40 public top-level types, 60 counting nested ones, in at most 6 exported
   * packages, each of which has a public type; and the counts may only fall from those recorded here, which are
   * lowered as they fall.
   */
  @Test
  void theApiIsSmallAndOnlyShrinks() throws Exception {
    List<Class<?>> types = types();
    long topLevel = types.stream().filter(type -> type.getEnclosingClass() == null).count();
    List<String> packages = exported();
    assertThat(topLevel).as("public top-level types").isLessThanOrEqualTo(40).isLessThanOrEqualTo(TOP_LEVEL);
    assertThat((long) types.size()).as("public types, nested ones counted").isLessThanOrEqualTo(60)
        .isLessThanOrEqualTo(ALL);
    assertThat((long) packages.size()).as("exported packages").isLessThanOrEqualTo(6).isLessThanOrEqualTo(PACKAGES);
    assertThat(types.stream().map(Class::getPackageName).distinct().toList()).as("packages with a public type")
        .containsExactlyInAnyOrderElementsOf(packages);
  }
}

package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Scala case class, in the layout its compiler gives it (a class that is a {@code scala.Product} with one public
 * constructor, fields of its parameters' names in order, and a companion object {@code Name$} whose
 * {@code $lessinit$greater$default$N} methods give the defaults), compiled here from Java sources of that layout so
 * that the binding runs in this JVM: bound by its fields' names, each default used where the config leaves its key out,
 * and the companion's other methods ignored. (The Scala quick start, built by Scala's own compiler, runs in
 * {@code .ci/run}.)
 */
class ScalaCaseClassTest {

  private static final String PRODUCT = "package scala; public interface Product {}";

  private static final String POINT = """
      package shapes;
      public final class Point implements scala.Product {
        private final int x;
        private final int y;
        private final String label;
        public Point(int x, int y, String label) { this.x = x; this.y = y; this.label = label; }
        public int x() { return x; }
        public int y() { return y; }
        public String label() { return label; }
        @Override public String toString() { return "Point(" + x + "," + y + "," + label + ")"; }
      }
      """;

  private static final String COMPANION = """
      package shapes;
      public final class Point$ {
        public static final Point$ MODULE$ = new Point$();
        public int $lessinit$greater$default$2() { return 7; }
        public String $lessinit$greater$default$3() { return "origin"; }
        public int $lessinit$greater$default$0() { return -1; }
        public int $lessinit$greater$default$4() { return -4; }
        public int $lessinit$greater$default$1(int x) { return x; }
      }
      """;

  /** A product of two constructors, whose primary one is not clear. */
  private static final String PAIR = """
      package shapes;
      public final class Pair implements scala.Product {
        private final int left;
        private final int right;
        public Pair(int left, int right) { this.left = left; this.right = right; }
        public Pair(int both) { this(both, both); }
        public int left() { return left; }
        public int right() { return right; }
      }
      """;

  /** A product without a companion: no defaults. */
  private static final String SIZE = """
      package shapes;
      public final class Size implements scala.Product {
        private final int width;
        public Size(int width) { this.width = width; }
        public int width() { return width; }
        @Override public String toString() { return "Size(" + width + ")"; }
      }
      """;

  @TempDir
  static Path dir;

  private static ClassLoader loader;

  @BeforeAll
  static void compile() throws IOException {
    loader = CompiledSources.load(dir, Map.of("Product.java", PRODUCT, "Point.java", POINT, "Point$.java", COMPANION,
        "Pair.java", PAIR, "Size.java", SIZE), ScalaCaseClassTest.class.getClassLoader());
  }

  private static Class<?> type(String name) throws ClassNotFoundException {
    return Class.forName("shapes." + name, true, loader);
  }

  @Test
  void aCaseClassIsBoundByItsFieldsNamesWithItsCompanionsDefaults() throws Exception {
    assertThat(Binder.bind(Map.of("x", 1), type("Point"), "p", Map.of())).hasToString("Point(1,7,origin)");
    assertThat(Binder.bind(Map.of("x", 1, "y", 2, "label", "a"), type("Point"), "p", Map.of()))
        .hasToString("Point(1,2,a)");
  }

  @Test
  void theDefaultsAreThoseOfTheCompanionsNumberedMethodsWithinTheParameters() throws Exception {
    assertThat(Binder.defaults(type("Point"))).containsExactly(Map.entry("y", 7), Map.entry("label", "origin"));
  }

  @Test
  void aCaseClassWithoutACompanionHasNoDefaults() throws Exception {
    assertThat(Binder.defaults(type("Size"))).isEmpty();
    assertThat(Binder.bind(Map.of("width", 3), type("Size"), "s", Map.of())).hasToString("Size(3)");
  }

  @Test
  void aProductOfTwoConstructorsIsNotBoundAsACaseClass() throws Exception {
    assertThat(ConstructorBinding.handles(type("Pair"))).isFalse();
    assertThat(ConstructorBinding.handles(type("Point"))).isTrue();
  }
}

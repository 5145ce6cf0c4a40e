package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.Configs;
import io.hookline.InputException;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code _target_} is looked up through the thread's context class loader, as a plugin's classes are found; a nested
 * class is named with dots, as Java writes it, sixteen classes deep at most.
 */
class ContextLoaderTargetTest {

  @TempDir
  Path dir;

  /** Nested classes three deep. */
  public static final class Outer {
    public static final class Middle {
      public static final class Inner {
        @Override
        public String toString() {
          return "inner";
        }

        /** Four deep. */
        public static final class Deepest {
          @Override
          public String toString() {
            return "deepest";
          }
        }
      }
    }
  }

  @Test
  void aTargetIsFoundThroughTheContextClassLoader() throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader plugin = CompiledSources.load(dir, Map.of("Greeter.java", "package plug; public class Greeter {"
        + " @Override public String toString() { return \"hello\"; } }"), before)) {
      thread.setContextClassLoader(plugin);
      assertThat(Configs.instantiate(Map.of("_target_", "plug.Greeter"), Object.class)).hasToString("hello");
    } finally {
      thread.setContextClassLoader(before);
    }
    assertThatThrownBy(() -> Configs.instantiate(Map.of("_target_", "plug.Greeter"), Object.class))
        .isInstanceOf(InputException.class)
        .hasMessage("instantiate: no class or static method plug.Greeter on the class path");
  }

  @Test
  void aNestedClassIsNamedWithDotsSixteenClassesDeepAtMost() {
    String inner = Outer.Middle.Inner.class.getCanonicalName();
    assertThat(Configs.instantiate(Map.of("_target_", inner), Object.class)).hasToString("inner");
    String deepest = Outer.Middle.Inner.Deepest.class.getCanonicalName();
    assertThat(Configs.instantiate(Map.of("_target_", deepest), Object.class)).hasToString("deepest");
    assertThat(Configs.instantiate(Map.of("_target_", Outer.Middle.Inner.Deepest.class.getName()), Object.class))
        .hasToString("deepest");
    String tooDeep = deepest + ".A".repeat(Ways.MAX_NESTING - 5);
    assertThatThrownBy(() -> Configs.instantiate(Map.of("_target_", tooDeep), Object.class))
        .isInstanceOf(InputException.class)
        .hasMessage("instantiate: no class or static method " + tooDeep + " on the class path");
    assertThatThrownBy(() -> Configs.instantiate(Map.of("_target_", deepest + "X"), Object.class))
        .isInstanceOf(InputException.class)
        .hasMessage("instantiate: no class or static method " + deepest + "X; " + Outer.Middle.Inner.class.getName()
            + " has no public static method 'DeepestX'");
  }
}

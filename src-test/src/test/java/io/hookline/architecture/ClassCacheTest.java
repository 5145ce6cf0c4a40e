package io.hookline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.config.internal.ClassCache;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A class's value is computed once, and again after {@link ClassCache#forgetAll}, which the mutation tests call. */
class ClassCacheTest {

  @Test
  void aValueIsComputedOnceUntilTheCachesForget() {
    AtomicInteger computed = new AtomicInteger();
    ClassCache<String> names = new ClassCache<>() {
      @Override
      protected String compute(Class<?> type) {
        return type.getSimpleName() + computed.incrementAndGet();
      }
    };

    assertThat(names.get(String.class)).isEqualTo("String1");
    assertThat(names.get(String.class)).isEqualTo("String1");
    assertThat(names.get(Integer.class)).isEqualTo("Integer2");
    ClassCache.forgetAll();
    assertThat(names.get(String.class)).isEqualTo("String3");
  }
}

package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The Kotlin metadata reader reads a real data class's primary constructor as Kotlin declared it, and reads anything
 * else (random strings, real metadata cut or mutated) as nothing, without throwing or running on.
 */
class KotlinMetadataTest {

  private static final Class<?> TRAIN = train();

  private static Class<?> train() {
    try {
      return Class.forName("io.hookline.kotlin.Train");
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the Kotlin test classes are not compiled", e);
    }
  }

  private static String[] element(String name) {
    for (Annotation annotation : TRAIN.getDeclaredAnnotations()) {
      if (annotation.annotationType().getName().equals("kotlin.Metadata")) {
        try {
          return (String[]) annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no kotlin.Metadata on " + TRAIN);
  }

  @Test
  void aDataClassesPrimaryConstructorIsReadAsDeclared() {
    assertThat(KotlinMetadata.primaryConstructor(TRAIN)).containsExactly(
        new KotlinMetadata.Parameter("lr", false, false),
        new KotlinMetadata.Parameter("optimizer", true, false),
        new KotlinMetadata.Parameter("tags", true, false));
    assertThat(KotlinMetadata.primaryConstructor(String.class)).isNull();
  }

  @Provide
  Arbitrary<String[]> strings() {
    return Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(200).array(String[].class).ofMaxSize(4);
  }

  @Property(tries = 2000)
  void randomMetadataIsReadAsNothingOrAsParametersNeverAsAnException(@ForAll("strings") String[] d1,
      @ForAll("strings") String[] d2) {
    List<KotlinMetadata.Parameter> read = KotlinMetadata.parse(d1, d2);
    assertThat(read == null || read.stream().allMatch(parameter -> parameter.name() != null)).isTrue();
  }

  @Property(tries = 2000)
  void realMetadataCutOrMutatedIsReadWithoutAnException(@ForAll int seed) {
    String[] d1 = element("d1").clone();
    String[] d2 = element("d2");
    String all = String.join("", d1);
    java.util.Random random = new java.util.Random(seed);
    StringBuilder mutated = new StringBuilder(all.substring(0, 1 + random.nextInt(all.length())));
    for (int i = random.nextInt(4); i > 0 && mutated.length() > 1; i--) {
      mutated.setCharAt(1 + random.nextInt(mutated.length() - 1), (char) random.nextInt(256));
    }
    List<KotlinMetadata.Parameter> read = KotlinMetadata.parse(new String[] {mutated.toString()}, d2);
    assertThat(read == null || read.size() <= Arrays.stream(d2).count() + 1).isTrue();
  }
}

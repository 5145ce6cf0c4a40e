package io.hookline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.InputException;
import io.hookline.config.internal.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing config files in YAML, JSON and HOCON: random bytes, truncated and mutated documents, wrong types, deep
 * nesting and huge scalars each give a config or a one-line {@link InputException}; nothing else escapes.
 */
class ConfigFileFuzzTest {

  public record Nested(String name, List<Integer> sizes) {}

  public record Config(int count, double rate, String label, boolean on, Nested nested, Map<String, Object> extra) {
    public Config() {
      this(1, 0.5, "l", false, new Nested("n", List.of(1)), Map.of());
    }
  }

  private static final Map<String, String> VALID = Map.of(
      "yaml", "count: 3\nrate: 0.25\nlabel: text\non: true\nnested:\n  name: m\n  sizes: [1, 2, 3]\nextra:\n  k: v\n",
      "json", "{\"count\": 3, \"rate\": 0.25, \"label\": \"text\", \"on\": true, \"nested\": {\"name\": \"m\","
          + " \"sizes\": [1, 2, 3]}, \"extra\": {\"k\": \"v\"}}",
      "conf", "count = 3\nrate = 0.25\nlabel = text\non = true\nnested { name = m, sizes = [1, 2, 3] }\n"
          + "extra { k = v }\n");

  private static final Path DIRECTORY;

  static {
    try {
      DIRECTORY = Files.createTempDirectory("hookline-fuzz-files");
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of("yaml", "json", "conf");
  }

  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> truncated = Combinators.combine(Arbitraries.of(VALID.values().toArray(String[]::new)),
        Arbitraries.integers().between(0, 200)).as((text, cut) -> text.substring(0, Math.min(cut, text.length()))
        .getBytes());
    Arbitrary<byte[]> mutated = Combinators.combine(Arbitraries.of(VALID.values().toArray(String[]::new)),
        Arbitraries.integers().between(0, 200), Arbitraries.of("[", "{", ":", ",", "\"", "'", "#", "\n", "&a", "*a",
            "!!", "${x}", "abc", "-1", "9999999999999999999999")).as((text, at, insert) -> {
              int position = Math.min(at, text.length());
              return (text.substring(0, position) + insert + text.substring(position)).getBytes();
            });
    Arbitrary<byte[]> deep = Arbitraries.integers().between(1, 3000).map(depth -> ("count: " + "[".repeat(depth))
        .getBytes());
    Arbitrary<byte[]> huge = Arbitraries.integers().between(1, 200_000).map(size -> ("label: " + "x".repeat(size))
        .getBytes());
    return Arbitraries.oneOf(randomBytes, truncated, mutated, deep, huge);
  }

  @Property
  void anyFileGivesAConfigOrAOneLineError(@ForAll("extensions") String extension, @ForAll("contents") byte[] content)
      throws IOException {
    Path dir = Files.createTempDirectory(DIRECTORY, "try");
    String name = "config." + extension;
    Files.write(dir.resolve(name), content);
    try {
      Object value = ConfigLoader.load(ConfigSpec.of("config", new Config()), dir, name, LoadOptions.defaults())
          .value();
      assertThat(value).isInstanceOf(Config.class);
    } catch (InputException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    } finally {
      Files.deleteIfExists(dir.resolve(name));
      Files.deleteIfExists(dir);
    }
  }
}

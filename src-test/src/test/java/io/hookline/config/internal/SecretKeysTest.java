package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Secret;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which keys of a config's type are secret (its own records and classes, ten levels down, never the JDK's) and what
 * masking leaves: every secret value hidden, wherever it appears in a message, and nothing else touched.
 */
class SecretKeysTest {

  public record Db(String host, @Secret String password) {}

  public record Service(Db db, @Secret String token, List<Db> replicas, Map<String, Db> named, Level level) {}

  public enum Level { LOW }

  /** A class of fields, one of them static, that refers to itself. */
  public static final class Chain {
    @Secret static String shared = "s";
    @Secret String key = "k";
    Chain next;
    int[] sizes;

    public Chain(@Secret String key) {
      this.key = key;
    }
  }

  public record N0(@Secret String s, N1 n) {}

  public record N1(@Secret String s, N2 n) {}

  public record N2(@Secret String s, N3 n) {}

  public record N3(@Secret String s, N4 n) {}

  public record N4(@Secret String s, N5 n) {}

  public record N5(@Secret String s, N6 n) {}

  public record N6(@Secret String s, N7 n) {}

  public record N7(@Secret String s, N8 n) {}

  public record N8(@Secret String s, N9 n) {}

  public record N9(@Secret String s, N10 n) {}

  public record N10(@Secret String s, N11 n) {}

  public record N11(@Secret String s) {}

  @Test
  void secretsAreFoundInNestedRecordsButNotInsideTheJdksTypes() {
    assertThat(Secrets.annotated(Service.class)).containsExactlyInAnyOrder("db.password", "token");
  }

  @Test
  void aClassThatRefersToItselfIsReadOnceAndItsStaticFieldsNot() {
    assertThat(Secrets.annotated(Chain.class)).containsExactly("key");
  }

  @Test
  void secretsAreFoundElevenLevelsDownAndNoFurther() {
    String key = "s";
    List<String> expected = new ArrayList<>();
    for (int level = 0; level <= 10; level++) {
      expected.add(key);
      key = "n." + key;
    }
    assertThat(Secrets.annotated(N0.class)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void maskingHidesEachSecretValueThatIsThereAndNothingElse() {
    Map<String, Object> db = new LinkedHashMap<>();
    db.put("host", "h");
    db.put("password", null);
    Map<String, Object> tree = Map.of("db", db, "token", "t0k3n", "other", "t0k3n");
    assertThat(Secrets.mask(tree, Set.of("db.password", "token", "absent.key")))
        .isEqualTo(Map.of("db", db, "token", Secrets.MASK, "other", "t0k3n"));
  }

  @Test
  void aSecretsTextIsMaskedWhereverAMessageHoldsIt() {
    Map<String, Object> tree = Map.of("token", "t0k3n", "db", Map.of("password", Secrets.MASK), "empty", "",
        "n", Arrays.asList(7));
    assertThat(Secrets.maskIn("token t0k3n, again t0k3n; ******** stays; 7 and '' too", tree,
        Set.of("token", "db.password", "empty", "missing")))
        .isEqualTo("token ********, again ********; ******** stays; 7 and '' too");
  }
}

package io.hookline.kotlin

import io.hookline.Command
import io.hookline.ConfigSpec
import io.hookline.Outcome
import io.hookline.cli.Captured
import java.nio.file.Files
import java.nio.file.Path
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

data class Train(val lr: Double, val optimizer: String = "sgd", val tags: List<String> = listOf())

data class Warmup(val epochs: Int, val warmup: Int = epochs / 10, val note: String?)

data class Outer(val name: String = "outer", val inner: Train = Train(0.5))

enum class Mode { FAST, SLOW }

data class Modes(val mode: Mode = Mode.SLOW, val limit: Long)

/**
 * Kotlin data classes whose constructor has parameters both with and without defaults: the defaults are kept for any
 * subset of given keys, read from the class's own metadata (no kotlin-reflect, no Jackson module), a key without a
 * default must be given, and a run that fails leaves no file behind.
 */
class DataClassDefaultsKotlinTest {

  @TempDir
  lateinit var dir: Path

  private val captured = Captured()

  private fun <T : Any> app(type: Class<T>, id: String = "train") = captured.app("app", dir)
    .command(Command.of("train") { inv -> inv.config(type) }.config(ConfigSpec.of(id, type)))

  @Test
  fun `a data class with one required key keeps its other defaults and writes only them`() {
    val outcome = app(Train::class.java).invoke("train", "lr=0.1")

    assertThat(captured.err()).isEmpty()
    assertThat(outcome.result()).isEqualTo(Train(0.1))
    assertThat(Files.readString(dir.resolve("train.yaml"))).isEqualTo("optimizer: sgd\ntags: []\n")
  }

  @Test
  fun `a required key with no value is one line naming the key and its type, and no file is written`() {
    val outcome = app(Train::class.java).invoke("train", "optimizer=adam")

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE)
    assertThat(captured.err()).isEqualTo(
      "app: config 'train': key 'lr' is required and has no value (double); set it on the command line (lr=VALUE)" +
        " or in the config's file\n")
    assertThat(dir.resolve("train.yaml")).doesNotExist()
  }

  @Test
  fun `a second run after a failed one binds from scratch and writes the defaults`() {
    app(Train::class.java).invoke("train")
    captured.resetErr()

    val second = app(Train::class.java).invoke("train", "lr=0.2", "tags=[a]")

    assertThat(captured.err()).isEmpty()
    assertThat(second.result()).isEqualTo(Train(0.2, "sgd", listOf("a")))
    assertThat(Files.readString(dir.resolve("train.yaml"))).isEqualTo("optimizer: sgd\ntags: []\n")
  }

  @Test
  fun `a file that sets the required key makes the command line's value unnecessary`() {
    Files.writeString(dir.resolve("train.yaml"), "lr: 0.3\n")
    assertThat(app(Train::class.java).invoke("train").result()).isEqualTo(Train(0.3))
  }

  @Test
  fun `a default that reads another parameter is computed from it, and not written`() {
    val outcome = app(Warmup::class.java).invoke("train", "epochs=50")

    assertThat(captured.err()).isEmpty()
    assertThat(outcome.result()).isEqualTo(Warmup(50, 5, null))
    assertThat(Files.readString(dir.resolve("train.yaml"))).isEqualTo("{}\n")
  }

  @Test
  fun `a nested data class and an enum keep their defaults`() {
    assertThat(app(Outer::class.java).invoke("train", "inner.optimizer=adam").result())
      .isEqualTo(Outer(inner = Train(0.5, "adam")))
    val modes = app(Modes::class.java, "modes").invoke("train", "limit=7")
    assertThat(captured.err()).isEmpty()
    assertThat(modes.result()).isEqualTo(Modes(Mode.SLOW, 7))
  }

  @Test
  fun `a value of the wrong type names the key's own type`() {
    val outcome = app(Train::class.java).invoke("train", "lr=0.1", "tags=x")

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE)
    assertThat(captured.err()).isEqualTo(
      "app: config 'train': tags: expected List<String>, got \"x\" (command line: tags=x)\n")
  }

  @Test
  fun `null for a key whose type is not nullable is refused by name`() {
    val outcome = app(Train::class.java).invoke("train", "lr=0.1", "optimizer=null")

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE)
    assertThat(captured.err()).startsWith("app: config 'train': optimizer: no value, expected String;")
  }

  @Test
  fun `the keys list the required one as required`() {
    val keys = ConfigSpec.of("train", Train::class.java).keys()
    assertThat(keys.map { it.path() + "=" + it.defaultValue() })
      .containsExactly("lr=(required)", "optimizer=sgd", "tags=[]")
  }
}

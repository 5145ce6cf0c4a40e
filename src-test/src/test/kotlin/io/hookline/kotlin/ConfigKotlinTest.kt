package io.hookline.kotlin

import io.hookline.App
import io.hookline.Command
import io.hookline.ConfigSpec
import io.hookline.Outcome
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

data class Optim(val name: String = "sgd", val lr: Double = 0.1)

data class TrainConfig(val epochs: Int = 10, val layers: List<String> = listOf("conv"), val optim: Optim = Optim())

/** Kotlin data classes as configs: written, read, overridden and bound, with jackson-module-kotlin present. */
class ConfigKotlinTest {

  @TempDir
  lateinit var dir: Path

  private fun app() = App.named("trainer")
    .command(Command.of("train") { inv -> inv.config(TrainConfig::class.java) }
      .config(ConfigSpec.of(TrainConfig())))
    .directory(dir)
    .output(PrintStream(ByteArrayOutputStream()), PrintStream(ByteArrayOutputStream()))

  @Test
  fun `a data class config is written with its defaults and bound with overrides`() {
    val outcome = app().invoke("train", "epochs=3", "optim.lr=0.5")

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK)
    assertThat(outcome.result()).isEqualTo(TrainConfig(epochs = 3, optim = Optim(lr = 0.5)))
    assertThat(Files.readString(dir.resolve("trainconfig.yaml"))).isEqualTo(
      "epochs: 10\nlayers:\n  - conv\noptim:\n  name: sgd\n  lr: 0.1\n")
  }

  @Test
  fun `a file that leaves out keys keeps the data class defaults`() {
    Files.writeString(dir.resolve("trainconfig.yaml"), "epochs: 7\n")
    assertThat(app().invoke("train").result()).isEqualTo(TrainConfig(epochs = 7))
  }

  @Test
  fun `a wrong type is a usage error`() {
    assertThat(app().invoke("train", "epochs=many").exitCode()).isEqualTo(Outcome.USAGE)
  }
}

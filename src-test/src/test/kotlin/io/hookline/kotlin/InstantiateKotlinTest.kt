package io.hookline.kotlin

import io.hookline.App
import io.hookline.Command
import io.hookline.Composition
import io.hookline.ConfigSpec
import io.hookline.Configs
import io.hookline.OutputDirs
import io.hookline.cli.Captured
import java.nio.file.Files
import java.nio.file.Path
import java.util.function.Function
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

interface Scheduler {
  fun rate(step: Int): Double
}

data class Cosine(val base: Double, val warmup: Int = 10, val floor: Double = 0.0) : Scheduler {
  override fun rate(step: Int) = if (step < warmup) base * step / warmup else maxOf(floor, base)
}

data class Schedule(val scheduler: Scheduler, val steps: Int = 100)

/**
 * {@code instantiate} and resolvers from Kotlin: a data class built from a {@code _target_} node keeps the defaults it
 * declares, a partial is a {@code java.util.function} value a lambda-friendly caller applies, and a resolver is
 * registered with a trailing lambda.
 */
class InstantiateKotlinTest {

  @TempDir
  lateinit var dir: Path

  private val captured = Captured()

  @Test
  fun `a data class target keeps its Kotlin defaults`() {
    val built = Configs.instantiate(mapOf("_target_" to Cosine::class.java.name, "base" to 0.5), Scheduler::class.java)
    assertThat(built).isEqualTo(Cosine(0.5))
  }

  @Test
  @Suppress("UNCHECKED_CAST")
  fun `a partial fills what the node leaves out`() {
    val cosine = Configs.instantiate(mapOf("_target_" to Cosine::class.java.name, "_partial_" to true, "warmup" to 2),
      Function::class.java) as Function<Double, Scheduler>
    assertThat(cosine.apply(0.1)).isEqualTo(Cosine(0.1, 2))
  }

  @Test
  fun `a config's field of an interface type is built from its composed node, with a resolver of the app's own`() {
    Files.createDirectories(dir.resolve("conf"))
    Files.writeString(dir.resolve("conf/config.yaml"), """
      schedule:
        scheduler:
          _target_: ${Cosine::class.java.name}
          base: ${'$'}{half:0.8}
        steps: 20
    """.trimIndent())
    val app: App = captured.app("sched", dir).outputs(OutputDirs.off())
      .compose(Composition.folder(Path.of("conf")).resolver("half") { args -> (args[0] as Double) / 2 })
      .command(Command.of("show") { inv -> inv.config("schedule", Schedule::class.java) }
        .config(ConfigSpec.of("schedule", Schedule::class.java)))

    val outcome = app.invoke("show", "+schedule.scheduler.warmup=4")

    assertThat(captured.err()).isEmpty()
    assertThat(outcome.result()).isEqualTo(Schedule(Cosine(0.4, 4), 20))
  }
}

package io.hookline.kotlin

import io.hookline.App
import io.hookline.Command
import io.hookline.ConfigSpec
import io.hookline.OutputDirs
import io.hookline.Provider
import io.hookline.callback.Callback
import io.hookline.callback.JobReturn
import io.hookline.callback.RunContext
import io.hookline.sweep.Sweeper
import java.nio.file.Files
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/** A point of the space that the test's sweeper searches. */
data class Point(val x: Int = 0, val n: Int = 0)

/** A sweeper written in Kotlin: the sweeper a lambda, its search an object that is asked and told. */
class SweepersKotlinTest {

  @Test
  fun `a sweeper is a lambda and its search an object`() {
    val told = mutableListOf<List<Int>>()
    val sweeper = Sweeper { arguments ->
      object : Sweeper.Search {
        private var batches = 0

        override fun next(): List<List<String>> =
          if (batches++ < 2) listOf(arguments + "n=$batches", arguments + "n=${batches + 10}") else listOf()

        override fun tell(returns: List<JobReturn>) {
          told += returns.map { it.number() }
        }
      }
    }
    val app = App.named("kotlin").directory(Files.createTempDirectory("sweepers")).outputs(OutputDirs.off())
      .sweeper(sweeper)
      .command(Command.of("job") { inv -> inv.config(Point::class.java) }.config(ConfigSpec.of(Point::class.java)))

    val outcome = app.invoke("job", "-m", "x=1")

    assertThat(outcome.jobs().map { it.value() }).containsExactly(Point(1, 1), Point(1, 11), Point(1, 2), Point(1, 12))
    assertThat(told).containsExactly(listOf(0, 1), listOf(2, 3))
  }

  @Test
  fun `the built-in sweepers are plain calls`() {
    val halving = Sweeper.halving("epochs", 1, 9).withCandidates(9).withObjective("accuracy").maximizing()
    val random = Sweeper.random(3, 7)

    assertThat(halving.toString()).isEqualTo("halving(epochs 1..9, eta 3, 9 candidates, maximize accuracy)")
    assertThat(random.search(listOf("lr=uniform(0, 1)")).next()).hasSize(3)
  }

  @Test
  fun `a sweeper provider is an object and the best job a nullable property`() {
    val provider = object : Sweeper.Provider {
      override fun name() = "twice"
      override fun description() = "each job twice"
      override fun options() = mapOf("times" to "how many times (default 2)")
      override fun create(options: Provider.Options): Sweeper {
        val times = options.count("times", 2, 1)
        return Sweeper { arguments -> Sweeper.grid().search(List(times) { arguments }.flatten().distinct()) }
      }
    }
    var best: JobReturn? = JobReturn.skipped(listOf(), 0, "0", null, java.time.Instant.now())
    val app = App.named("kotlin").directory(Files.createTempDirectory("sweepers")).outputs(OutputDirs.off())
      .sweeper(provider.create(Provider.Options.of("sweeper", mapOf("times" to "3"))))
      .callback("best", object : Callback {
        override fun onMultirunEnd(run: RunContext, results: List<JobReturn>) {
          best = run.best
        }
      })
      .command(Command.of("job") { inv -> inv.config(Point::class.java) }.config(ConfigSpec.of(Point::class.java)))

    val outcome = app.invoke("job", "-m", "x=1,2")

    assertThat(outcome.jobs()).hasSize(2)
    assertThat(best).`as`("a grid names no best job").isNull()
    assertThat(provider.options().keys.single()).isEqualTo("times")
  }
}

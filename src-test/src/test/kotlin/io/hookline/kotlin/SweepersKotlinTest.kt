package io.hookline.kotlin

import io.hookline.App
import io.hookline.callback.JobReturn
import io.hookline.command.Command
import io.hookline.config.ConfigSpec
import io.hookline.launch.OutputDirs
import io.hookline.sweep.Search
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
      object : Search {
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
      .command(Command.of("job") { inv -> inv.config(Point::class.java) }.withConfig(ConfigSpec.of(Point::class.java)))

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
}

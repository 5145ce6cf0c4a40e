package io.hookline.kotlin

import io.hookline.App
import io.hookline.Command
import io.hookline.ConfigSpec

import io.hookline.OutputDirs
import java.lang.System.Logger.Level
import java.nio.file.Files
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/** A Kotlin job logs through a logger kept in a companion object, as Kotlin code keeps one, into its own file. */
class JobLogKotlinTest {

  private companion object {
    val log: System.Logger = App.logger(JobLogKotlinTest::class.java)
  }

  @Test
  fun `a job's records reach its file through a logger from a companion object`() {
    val dir = Files.createTempDirectory("joblog")
    val app = App.named("kotlin").directory(dir).outputs(OutputDirs.defaults().under(dir.resolve("runs")).withMultiruns())
      .command(Command.of("show", Point::class.java) { point -> log.log(Level.INFO, "x is {0}", point.x); point.x })

    assertThat(app.invoke("show", "-m", "x=5,6").exitCode()).isZero()

    val logs = Files.walk(dir.resolve("runs")).use { paths ->
      paths.filter { it.fileName.toString() == "show.log" }.map { Files.readString(it).trim() }.sorted().toList()
    }
    assertThat(logs).hasSize(2)
    assertThat(logs[0]).endsWith("[io.hookline.kotlin.JobLogKotlinTest][INFO] - x is 5")
    assertThat(logs[1]).endsWith("[io.hookline.kotlin.JobLogKotlinTest][INFO] - x is 6")
  }
}

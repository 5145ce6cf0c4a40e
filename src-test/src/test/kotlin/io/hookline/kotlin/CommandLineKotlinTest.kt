package io.hookline.kotlin

import io.hookline.App
import io.hookline.Command
import io.hookline.ConfigSpec
import io.hookline.Group
import io.hookline.OptionSpec
import io.hookline.OutputDirs
import io.hookline.Stage
import java.nio.file.Files
import java.nio.file.Path
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/**
 * A Kotlin point of view on the command line: typed options read with Kotlin's classes, argument files, and groups.
 */
class CommandLineKotlinTest {

  @Test
  fun `a typed option is read with Kotlin's own classes`() {
    var limit: Int? = null
    var data: Path? = null
    val app = App.named("kotlin").directory(Files.createTempDirectory("options")).outputs(OutputDirs.off())
      .command(Command.of("train") { inv ->
        limit = inv.option("limit", Int::class.java).orElse(null)
        data = inv.option("data", Path::class.java).orElseThrow()
        null
      }.andThenParser("options") { spec ->
        spec.withOption(OptionSpec.withValue("limit", "N", "stop after N steps").ofType(Int::class.java))
          .withOption(OptionSpec.withValue("data", "FILE", "the data").ofType(Path::class.java).required())
      })

    val outcome = app.invoke("train", "--limit", "12", "--data", "d.csv")

    assertThat(outcome.exitCode()).isZero()
    assertThat(limit).isEqualTo(12)
    assertThat(data).isEqualTo(Path.of("d.csv"))
  }

  @Test
  fun `an argument file and a version are plain calls`() {
    val dir = Files.createTempDirectory("argfiles")
    Files.writeString(dir.resolve("args.txt"), "# three\nx=3\n")
    var x: Int? = null
    val app = App.named("kotlin").version("1.0").directory(dir).outputs(OutputDirs.off())
      .command(Command.of("show") { inv -> x = inv.config(Point::class.java).x; null }
        .config(ConfigSpec.of(Point::class.java)))

    assertThat(app.invoke("show", "@args.txt").exitCode()).isZero()
    assertThat(x).isEqualTo(3)
  }

  @Test
  fun `a group is built with trailing lambdas and reached by its path`() {
    val seen = mutableListOf<String>()
    val db = Group.named("db").describedAs("database chores")
      .option(OptionSpec.flag("dry-run", "change nothing"))
      .andThen(Stage.PRE_RUN, "announce") { inv -> seen.add("group ${inv.command()}"); inv }
      .command(Command.of("migrate", Point::class.java) { point -> "to ${point.x} dry=${seen.size}" })
    val app = App.named("kotlin").group(db)
      .directory(Files.createTempDirectory("groups")).outputs(OutputDirs.off())

    val outcome = app.invoke("db", "--dry-run", "migrate", "x=4")

    assertThat(outcome.exitCode()).isZero()
    assertThat(outcome.result()).isEqualTo("to 4 dry=1")
    assertThat(seen).containsExactly("group db migrate")
  }

  /** A value class of the program's own, read by a converter. */
  data class Port(val number: Int)

  @Test
  fun `a converter is a Kotlin lambda and a negatable flag reads as a Boolean`() {
    var port: Port? = null
    var color: Boolean? = null
    val app = App.named("kotlin").directory(Files.createTempDirectory("converters")).outputs(OutputDirs.off())
      .converter(Port::class.java) { text -> Port(text.removePrefix(":").toInt()) }
      .command(Command.of("serve") { inv ->
        port = inv.option("port", Port::class.java).orElse(null)
        color = inv.flag("color")
        null
      }.andThenParser("options") { spec ->
        spec.withOption(OptionSpec.withValue("port", "PORT", "where to listen").ofType(Port::class.java))
          .withOption(OptionSpec.flag("color", "color the log").negatable())
      })

    assertThat(app.invoke("serve", "--port", ":8080", "--color", "--no-color").exitCode()).isZero()
    assertThat(port).isEqualTo(Port(8080))
    assertThat(color).isFalse()
    assertThat(app.invoke("serve", "--port", "x").exitCode()).isEqualTo(2)
  }

  @Test
  fun `an option group is declared on each option and its rule holds`() {
    val err = java.io.ByteArrayOutputStream()
    val app = App.named("kotlin").directory(Files.createTempDirectory("groups")).outputs(OutputDirs.off())
      .output(System.out, java.io.PrintStream(err, true))
      .option(OptionSpec.flag("json", "as JSON").exclusiveIn("Output"))
      .option(OptionSpec.flag("yaml", "as YAML").exclusiveIn("Output"))
      .command(Command.of("show") { inv -> inv.flag("json") })

    assertThat(app.invoke("show", "--yaml").exitCode()).isZero()
    assertThat(app.invoke("show", "--json").result()).isEqualTo(true)
    assertThat(app.invoke("show", "--json", "--yaml").exitCode()).isEqualTo(2)
    assertThat(err.toString()).isEqualTo("kotlin: options --json and --yaml of command 'show' cannot be given"
      + " together: group 'Output' takes one at most; give one of them\n")
  }
}

package io.hookline.kotlin

import io.hookline.App
import io.hookline.Command
import io.hookline.Composition
import io.hookline.ConfigSpec
import io.hookline.Outcome
import io.hookline.OutputDirs
import io.hookline.callback.Callback
import io.hookline.callback.JobContext
import io.hookline.callback.JobReturn
import io.hookline.callback.RunContext
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path
import java.util.Collections
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/** The Hydra seed's MyCallback in Kotlin: a class whose constructor takes the composed parameters. */
class MyCallback(private val bucket: String, @Suppress("unused") val file_path: String) : Callback {
  override fun onRunStart(run: RunContext) {
    LOG.add("run_start $bucket foo=${run.config()["foo"]}")
  }

  override fun onJobStart(job: JobContext) {
    LOG.add("job_start $bucket")
  }

  override fun onJobEnd(job: JobContext, result: JobReturn) {
    LOG.add("job_end $bucket")
  }

  override fun onRunEnd(run: RunContext, result: JobReturn) {
    LOG.add("run_end $bucket")
  }

  companion object {
    val LOG: MutableList<String> = Collections.synchronizedList(mutableListOf())
  }
}

/** The app's config: the seed's root, a data class bound at the root of the composed tree. */
data class SeedConfig(val foo: String = "")

/** The Hydra seed's "Configure Callback" example from Kotlin, with `hookline` in place of `hydra`. */
class SeedKotlinTest {

  @TempDir
  lateinit var dir: Path

  private val out = ByteArrayOutputStream()

  @BeforeEach
  fun writeTheSeed() {
    MyCallback.LOG.clear()
    val conf = dir.resolve("conf")
    Files.createDirectories(conf.resolve("hookline/callbacks"))
    Files.writeString(conf.resolve("config.yaml"), """
      |defaults:
      |  - /hookline/callbacks:
      |    - my_callback
      |
      |foo: bar
      |""".trimMargin())
    for ((name, bucket) in listOf("my_callback" to "my_s3_bucket", "other" to "other_bucket")) {
      Files.writeString(conf.resolve("hookline/callbacks/$name.yaml"), """
        |# @package _global_
        |hookline:
        |  callbacks:
        |    $name:
        |      _target_: io.hookline.kotlin.MyCallback
        |      bucket: $bucket
        |      file_path: ./test.pt
        |""".trimMargin())
    }
  }

  private fun app() = App.named("my_app")
    .directory(dir)
    .outputs(OutputDirs.off())
    .output(PrintStream(out, true), PrintStream(ByteArrayOutputStream()))
    .compose(Composition.folder(Path.of("conf")))
    .command(Command.of("task") { inv ->
      MyCallback.LOG.add("foo: " + inv.config(SeedConfig::class.java).foo)
    }.config(ConfigSpec.of(SeedConfig::class.java).at("")))

  @Test
  fun `the composed callback runs around the task and sees the composed config`() {
    assertThat(app().invoke("task").exitCode()).isEqualTo(Outcome.OK)
    assertThat(MyCallback.LOG).containsExactly(
      "run_start my_s3_bucket foo=bar", "job_start my_s3_bucket", "foo: bar", "job_end my_s3_bucket",
      "run_end my_s3_bucket")
  }

  @Test
  fun `two callbacks start in the composed order and end in reverse`() {
    assertThat(app().invoke("task", "hookline/callbacks=[my_callback,other]").exitCode()).isEqualTo(Outcome.OK)
    assertThat(MyCallback.LOG).containsExactly(
      "run_start my_s3_bucket foo=bar", "run_start other_bucket foo=bar", "job_start my_s3_bucket",
      "job_start other_bucket", "foo: bar", "job_end other_bucket", "job_end my_s3_bucket", "run_end other_bucket",
      "run_end my_s3_bucket")
  }

  @Test
  fun `an override reaches the constructor and a deletion removes the callback`() {
    assertThat(app().invoke("task", "hookline.callbacks.my_callback.bucket=x").exitCode()).isEqualTo(Outcome.OK)
    assertThat(MyCallback.LOG.first()).isEqualTo("run_start x foo=bar")
    MyCallback.LOG.clear()
    assertThat(app().invoke("task", "~hookline.callbacks.my_callback").exitCode()).isEqualTo(Outcome.OK)
    assertThat(MyCallback.LOG).containsExactly("foo: bar")
  }

  @Test
  fun `cfg hookline prints the composed callbacks`() {
    assertThat(app().invoke("task", "--cfg", "hookline", "-p", "hookline.callbacks").exitCode())
      .isEqualTo(Outcome.OK)
    assertThat(out.toString()).isEqualTo("""
      |# @package hookline.callbacks
      |my_callback:
      |  _target_: io.hookline.kotlin.MyCallback
      |  bucket: my_s3_bucket
      |  file_path: ./test.pt
      |""".trimMargin())
  }
}

package io.hookline.kotlin

import io.hookline.App
import io.hookline.Invocation
import io.hookline.OptionSpec
import io.hookline.Outcome
import io.hookline.OutputDirs
import io.hookline.Stage
import io.hookline.callback.Callback
import io.hookline.callback.JobContext
import io.hookline.callback.JobReturn
import io.hookline.callback.RunContext
import io.hookline.dsl.command
import io.hookline.dsl.config
import io.hookline.dsl.valueAs
import io.hookline.launch.Launcher
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Path
import java.util.Collections
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

data class Data(val name: String = "digits", val batchSize: Int = 32)

data class Eval(val checkpoint: String = "last", val threshold: Double = 0.9)

/** A callback written in Kotlin: it keeps every job's outcome, from whichever thread reports it. */
class Collector : Callback {
  val results: MutableList<JobReturn> = Collections.synchronizedList(mutableListOf())
  val events: MutableList<String> = Collections.synchronizedList(mutableListOf())

  override fun onMultirunStart(run: RunContext) {
    events += "start ${run.jobs()}"
  }

  override fun onJobEnd(job: JobContext, result: JobReturn) {
    results += result
  }

  override fun onMultirunEnd(run: RunContext, results: List<JobReturn>) {
    events += "end ${results.size}"
  }
}

/**
 * The front door from Kotlin, with the dsl's reified type arguments: a multi-command app with data-class configs,
 * Kotlin lambdas, a Kotlin callback, a sweep.
 */
class DslKotlinTest {

  @TempDir
  lateinit var dir: Path

  private val log: MutableList<String> = Collections.synchronizedList(mutableListOf())
  private val collector = Collector()

  private fun app(): App = App.named("trainer")
    .config<Data>()
    .option(OptionSpec.flag("verbose", "say more"))
    .andThen(Stage.PRE_RUN, "log") { inv: Invocation ->
      log += "pre-run ${inv.command()}"
      inv
    }
    .around(Stage.RUN, "timer") { inv, next ->
      val done = next(inv)
      log += "ran ${inv.command()}"
      done
    }
    .command<TrainConfig, Data>("train") { train, data ->
      "${train.epochs} epochs on ${data.name}, lr ${train.optim.lr}"
    }
    .command<Eval>("evaluate") { eval ->
      log += "evaluating ${eval.checkpoint}"
    }
    .callback("collector", collector)
    .launcher(Launcher.parallel(2))
    .outputs(OutputDirs.off())
    .directory(dir)

  @Test
  fun `a command with two data-class configs runs with overrides`() {
    val outcome = app().invoke("train", "epochs=3", "optim.lr=0.5", "name=mnist")

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK)
    assertThat(outcome.result()).isEqualTo("3 epochs on mnist, lr 0.5")
    assertThat(log).containsExactly("pre-run train", "ran train")
  }

  @Test
  fun `a body that returns nothing has no result`() {
    val outcome = app().invoke("evaluate", "checkpoint=best")

    assertThat(outcome.result()).isNull()
    assertThat(log).contains("evaluating best")
    val whole = App.named("x").outputs(OutputDirs.off()).command("hi") { _ -> log += "hi" }
    assertThat(whole.invoke("hi").result()).isNull()
    assertThat(whole.invoke("hi").jobs().single().value()).isNull()
  }

  @Test
  fun `a multirun reports to a Kotlin callback from several threads`() {
    val outcome = app().invoke("train", "-m", "epochs=1,2,3", "name=a,b")

    assertThat(outcome.jobs()).hasSize(6).allMatch { it.completed() }
    assertThat(collector.results.map { it.value() as String }.sorted()).containsExactly(
      "1 epochs on a, lr 0.1", "1 epochs on b, lr 0.1", "2 epochs on a, lr 0.1",
      "2 epochs on b, lr 0.1", "3 epochs on a, lr 0.1", "3 epochs on b, lr 0.1")
    assertThat(collector.events).containsExactly("start 6", "end 6")
  }

  @Test
  fun `the builder leaves Kotlin's scope functions alone`() {
    val builder = app()
    val applied = builder.apply { command("ignored") { "never added" } }
    val names = builder.run { commandNames() }
    val same = builder.also { it.describedAs("ignored") }

    assertThat(applied).isSameAs(builder)
    assertThat(same).isSameAs(builder)
    assertThat(names).containsExactly("train", "evaluate")
  }

  @Test
  fun `help and errors go to the streams the app is given`() {
    val out = ByteArrayOutputStream()
    val err = ByteArrayOutputStream()
    val app = app().output(PrintStream(out, true), PrintStream(err, true))

    assertThat(app.wake("train", "--help")).isEqualTo(Outcome.OK)
    assertThat(out.toString()).contains("data::batchSize", "trainconfig::optim.lr", "--verbose")
    assertThat(app.wake("train", "epocs=3")).isEqualTo(Outcome.USAGE)
    assertThat(err.toString()).isEqualTo(
      "trainer: override 'epocs=3': no config has the key 'epocs'; did you mean 'epochs'?\n")
  }

  @Test
  fun `the dsl's functions are the Java methods they name, with the class from the type argument`() {
    val read = App.named("x").directory(dir).outputs(OutputDirs.off())
      .config<Data>()
      .command("show") { inv -> inv.config<Data>().name }
    val typed = App.named("x").directory(dir).outputs(OutputDirs.off())
      .command("show", Data::class.java) { data -> data.name }

    assertThat(read.spec("show").configs().map { it.id() }).containsExactly("data")
    assertThat(read.invoke("show", "name=mnist").result()).isEqualTo("mnist")
    assertThat(typed.invoke("show", "name=mnist").result()).isEqualTo("mnist")
    assertThat(app().invoke("train", "epochs=2").jobs().single().valueAs<String>()).startsWith("2 epochs")
  }
}

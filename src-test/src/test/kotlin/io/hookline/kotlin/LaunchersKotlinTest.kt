package io.hookline.kotlin

import io.hookline.architecture.StartsProcesses
import io.hookline.callback.JobReturn
import io.hookline.callback.JobReturn.Status
import io.hookline.failure.internal.JobTimeoutException
import io.hookline.launch.Launcher
import io.hookline.launch.WorkerLauncher
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.util.function.Consumer
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/** A job's score, as a Kotlin data class: what a job run in a worker comes back as, once given its type again. */
data class Score(val loss: Double, val accuracy: Double)

/** The launchers that run jobs elsewhere, and the returns that come back from them, used from Kotlin. */
class LaunchersKotlinTest {

  @StartsProcesses
  @Test
  fun `the launchers are configured with plain calls and no casts`() {
    val process = Launcher.process(4).withRetries(1).withWorkerCommand(listOf("java", "-cp", "app.jar", "app.Main"))
    val slurm = Launcher.slurm().withPartition("gpu").withTimeLimit("2:00:00").withMemory("8G").withParallel(20)
      .withEnvironment("DATA", "/scratch").withPollInterval(Duration.ofMillis(500)).withRetries(1)

    assertThat(process.workers()).isEqualTo(4)
    assertThat(process.workerCommand()).contains(listOf("java", "-cp", "app.jar", "app.Main"))
    assertThat(slurm.partition()).contains("gpu")
    assertThat(slurm.environment()).isEqualTo(mapOf("DATA" to "/scratch"))
    assertThat(listOf(process, slurm).all { it is WorkerLauncher }).isTrue()
  }

  @Test
  fun `a value that came back as JSON gets its Kotlin type back`() {
    val now = Instant.now()
    val fromWorker = JobReturn(Status.COMPLETED, mapOf("loss" to 0.25, "accuracy" to 0.9), null, listOf("lr=0.1"),
      0, "0", null, now, now)
    val here = JobReturn(Status.COMPLETED, Score(0.5, 0.8), null, listOf(), 1, "1", null, now, now)

    assertThat(fromWorker.valueAs(Score::class.java)).contains(Score(0.25, 0.9))
    assertThat(here.valueAs(Score::class.java).map { it.accuracy }).contains(0.8)
  }

  @Test
  fun `a Kotlin launcher honours the failure policy and reports skipped jobs`() {
    val jobs = (0 until 3).map { number ->
      object : WorkerLauncher.Job {
        override fun number() = number
        override fun overrides() = listOf("n=$number")
        override fun directory(): Path = Path.of("sweep", number.toString())
        override fun workerArguments() = listOf<String>()
        override fun servingArguments() = listOf<String>()
        override fun returnFile(): Path = directory().resolve("return.json")
        override fun gracePeriod(): Duration = Duration.ofSeconds(10)
        override fun skipped() = number > 0
      }
    }
    val launcher = object : WorkerLauncher {
      override fun name() = "kotlin"
      override fun launch(jobs: List<WorkerLauncher.Job>, ended: Consumer<JobReturn>) = jobs.forEach { job ->
        val now = Instant.now()
        ended.accept(if (job.skipped()) JobReturn.skipped(job.overrides(), job.number(), "${job.number()}",
          job.directory(), now) else JobReturn(Status.COMPLETED, "ran", null, job.overrides(), job.number(),
          "${job.number()}", job.directory(), now, now))
      }
    }
    val returns = mutableListOf<JobReturn>()

    launcher.launch(jobs) { returns.add(it) }

    assertThat(returns.map { it.status() }).containsExactly(Status.COMPLETED, Status.SKIPPED, Status.SKIPPED)
    assertThat(returns.drop(1).map { it.failure() }).containsOnlyNulls()
    assertThat(JobTimeoutException(Duration.ofMinutes(90)).message).isEqualTo(
      "the job ran over its time limit of 1h30m (--job-timeout)")
  }
}

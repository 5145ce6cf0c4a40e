package io.hookline.kotlin

import io.hookline.callback.JobReturn
import io.hookline.callback.JobStatus
import io.hookline.launch.Launcher
import io.hookline.launch.WorkerLauncher
import java.time.Duration
import java.time.Instant
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/** A job's score, as a Kotlin data class: what a job run in a worker comes back as, once given its type again. */
data class Score(val loss: Double, val accuracy: Double)

/** The launchers that run jobs elsewhere, and the returns that come back from them, used from Kotlin. */
class LaunchersKotlinTest {

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
    val fromWorker = JobReturn(JobStatus.COMPLETED, mapOf("loss" to 0.25, "accuracy" to 0.9), null, listOf("lr=0.1"),
      0, "0", null, now, now)
    val here = JobReturn(JobStatus.COMPLETED, Score(0.5, 0.8), null, listOf(), 1, "1", null, now, now)

    assertThat(fromWorker.valueAs(Score::class.java)).contains(Score(0.25, 0.9))
    assertThat(here.valueAs(Score::class.java).map { it.accuracy }).contains(0.8)
  }
}

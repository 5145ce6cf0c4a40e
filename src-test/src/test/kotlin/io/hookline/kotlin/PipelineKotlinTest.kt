package io.hookline.kotlin

import io.hookline.pipeline.Around
import io.hookline.pipeline.Hook
import io.hookline.pipeline.Pipeline
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.Test

/** The pipeline algebra as Kotlin sees it: lambdas, trailing-lambda syntax, operator calls and the scope functions. */
class PipelineKotlinTest {

  // tag::pipeline[]
  private val pipeline: Pipeline<Int> = Pipeline.empty<Int>()
    .andThen("double") { it * 2 }
    .around("plusOne") { n, next -> next(n) + 1 }
  // end::pipeline[]

  @Test
  fun `hooks and arounds are Kotlin lambdas in trailing position`() {
    assertThat(pipeline.run(3)).isEqualTo(7)
    assertThat(pipeline.toString()).isEqualTo("Pipeline[plusOne{double}]")
  }

  @Test
  fun `a hook and an around are called like functions`() {
    val hook = Hook<Int> { it + 1 }
    val around = Around<Int> { n, next -> next(n) * 10 }
    assertThat(hook(1)).isEqualTo(2)
    assertThat(around(1, hook)).isEqualTo(20)
  }

  @Test
  fun `override takes a hook or an around as a trailing lambda`() {
    // tag::override[]
    val tripled = pipeline.override("double") { it * 3 }
    val plusTwo = pipeline.override("plusOne") { n, next -> next(n) + 2 }
    assertThat(pipeline.run(3)).isEqualTo(7)
    assertThat(tripled.run(3)).isEqualTo(10)
    assertThat(plusTwo.run(3)).isEqualTo(8)
    // end::override[]
  }

  @Test
  fun `no member hides a scope function`() {
    // Each call resolves to the Kotlin standard library, not to a Pipeline member: apply and also return the
    // receiver itself, let and run return the block's result.
    val applied = pipeline.apply { andThen("ignored") { it } }
    val alsoed = pipeline.also { it.andThen("ignored") { n -> n } }
    val size = pipeline.let { it.size() }
    val keys = pipeline.run { keys() }

    assertThat(applied).isSameAs(pipeline)
    assertThat(alsoed).isSameAs(pipeline)
    assertThat(size).isEqualTo(2)
    assertThat(keys).containsExactly("double", "plusOne")
  }

  @Test
  fun `a Kotlin exception passes through unchanged`() {
    val failure = IllegalStateException("from Kotlin")
    val failing = pipeline.andThen("fail") { throw failure }
    assertThatThrownBy { failing.run(1) }.isSameAs(failure)
  }
}

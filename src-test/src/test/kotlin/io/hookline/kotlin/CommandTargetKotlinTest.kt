package io.hookline.kotlin

import io.hookline.Command
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/** A command's target is a sealed type: Kotlin's `when` over it needs no `else`, and misses no case. */
class CommandTargetKotlinTest {

  class Train {
    fun run(): String = "trained"
  }

  private fun describe(target: Command.Target): String = when (target) {
    is Command.Target.Lambda -> "a body"
    is Command.Target.Type -> "the class ${target.type().simpleName}"
  }

  @Test
  fun `a when over the target is exhaustive without an else`() {
    assertThat(describe(Command.of("hello") { "hi" }.target())).isEqualTo("a body")
    assertThat(describe(Command.of("train", Train::class.java).target())).isEqualTo("the class Train")
  }
}

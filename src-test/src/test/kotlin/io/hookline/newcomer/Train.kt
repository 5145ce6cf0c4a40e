package io.hookline.newcomer

import io.hookline.App
import io.hookline.Stage
import kotlin.system.exitProcess

/** A newcomer's Kotlin config: one required key, two with defaults. */
data class Train(val lr: Double, val optimizer: String = "sgd", val tags: List<String> = listOf())

/** A newcomer's Kotlin program, written from the README's Kotlin section. */
fun main(args: Array<String>) {
    exitProcess(App.named("trainer")
        .command("train", Train::class.java) { t -> "trained ${t.optimizer} lr=${t.lr} tags=${t.tags}" }
        .andThen(Stage.POST_RUN, "print") { inv -> println(inv.result()); inv }
        .wake(*args))
}

package io.hookline.newcomer

import io.hookline.dsl.Hookline
import kotlin.system.exitProcess

/** A newcomer's Kotlin config: one required key, two with defaults. */
data class Train(val lr: Double, val optimizer: String = "sgd", val tags: List<String> = listOf())

/** A newcomer's Kotlin program, written from the README's Kotlin section. */
fun main(args: Array<String>) {
    exitProcess(Hookline.app("trainer")
        .command("train", Train::class.java) { t -> "trained ${t.optimizer} lr=${t.lr} tags=${t.tags}" }
        .postRun("print") { inv -> println(inv.result()); inv }
        .wake(*args))
}

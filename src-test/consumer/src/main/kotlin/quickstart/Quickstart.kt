package quickstart

import io.hookline.dsl.Hookline
import kotlin.system.exitProcess

data class Greeting(val name: String, val message: String = "Hello", val times: Int = 1)

fun main(args: Array<String>) {
    exitProcess(Hookline.app("greet")
        .command("hello", Greeting::class.java) { g -> "${g.message}, ${g.name}!\n".repeat(g.times) }
        .postRun("print") { inv -> print(inv.result()); inv }
        .wake(*args))
}

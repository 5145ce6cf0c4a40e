package quickstart

import io.hookline.App
import io.hookline.Stage
import io.hookline.dsl.command
import kotlin.system.exitProcess

data class Greeting(val name: String, val message: String = "Hello", val times: Int = 1)

fun main(args: Array<String>) {
    exitProcess(App.named("greet")
        .command<Greeting>("hello") { g -> "${g.message}, ${g.name}!\n".repeat(g.times) }
        .andThen(Stage.POST_RUN, "print") { inv -> print(inv.result()); inv }
        .wake(*args))
}

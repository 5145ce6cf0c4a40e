package quickstart

import io.hookline.App
import io.hookline.OptionSpec
import io.hookline.Stage
import io.hookline.dsl.command
import kotlin.system.exitProcess

data class Greeting(val name: String, val message: String = "Hello", val times: Int = 1)

fun main(args: Array<String>) {
    exitProcess(App.named("greet")
        .option(OptionSpec.flag("loud", "shout it").exclusiveIn("Volume"))
        .option(OptionSpec.flag("soft", "whisper it").exclusiveIn("Volume"))
        .command<Greeting>("hello") { g -> "${g.message}, ${g.name}!\n".repeat(g.times) }
        .andThen(Stage.POST_RUN, "print") { inv ->
            val text = inv.result().toString()
            print(if (inv.flag("loud")) text.uppercase() else if (inv.flag("soft")) text.lowercase() else text)
            inv
        }
        .wake(*args))
}

package quickstart

import io.hookline.dsl.Hookline
import scala.beans.BeanProperty

/** The greeting's config: a class with bean properties, which binds as a config with no extra module. */
class Greeting:
  @BeanProperty var message: String = "Hello"
  @BeanProperty var name: String = "World"
  @BeanProperty var times: Int = 1

@main def quickstart(args: String*): Unit =
  System.exit(Hookline.app("greet")
    .command("hello", classOf[Greeting], g => s"${g.message}, ${g.name}!\n" * g.times)
    .postRun("print", inv => { print(inv.result()); inv })
    .wake(args*))

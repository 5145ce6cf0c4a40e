package quickstart

import io.hookline.{App, Command, ConfigSpec, Group, OptionSpec, Stage}
import scala.beans.BeanProperty

/** The greeting's config: a class with bean properties, which binds as a config with no extra module. */
class Greeting:
  @BeanProperty var message: String = "Hello"
  @BeanProperty var name: String = "World"
  @BeanProperty var times: Int = 1

/** How a greeting ends: a mark of the program's own type, read from the command line by a converter. */
case class Ending(mark: String)

/**
 * The quick start, with four things picocli users expect: the config also read from variables named GREET_… (as in
 * GREET_NAME=Ada), a typed option of the app's own, --shout N, which ends each line with N exclamation marks, an
 * option of the program's own type, --end MARK, read by a converter, and a group of commands, run as
 * `greet farewell bye`.
 */
@main def quickstart(args: String*): Unit =
  System.exit(App.named("greet")
    .option(OptionSpec.withValue("shout", "N", "end each line with N exclamation marks").ofType(classOf[Int])
      .withDefault("1"))
    .option(OptionSpec.withValue("end", "MARK", "end each line with MARK instead").ofType(classOf[Ending]))
    .converter(classOf[Ending], (text: String) => {
      require(text.length == 1, "a mark is one character")
      Ending(text)
    })
    .command(Command.of("hello", ConfigSpec.of(classOf[Greeting]).withEnvironmentPrefix("GREET_"),
      (g: Greeting) => s"${g.message}, ${g.name}!\n" * g.times))
    .group(Group.named("farewell").describedAs("Ways to part")
      .command(Command.of("bye", ConfigSpec.of(classOf[Greeting]).withEnvironmentPrefix("GREET_"),
        (g: Greeting) => s"Goodbye, ${g.name}!\n")))
    .andThen(Stage.POST_RUN, "print", inv => {
      val mark = inv.option("end", classOf[Ending]).map(_.mark).orElse("!")
      val marks = mark * inv.option("shout", classOf[Integer]).orElse(Integer.valueOf(1)).intValue
      print(String.valueOf(inv.result()).replace("!\n", marks + "\n"))
      inv
    })
    .wake(args*))

package quickstart

import io.hookline.App
import io.hookline.Command
import io.hookline.ConfigSpec
import io.hookline.Group
import io.hookline.OptionSpec
import io.hookline.Stage

/** The greeting's config: a Groovy record, whose defaults give it the constructor without arguments. */
record Greeting(String message = 'Hello', String name = 'World', int times = 1) {}

/**
 * The quick start, with four things picocli users expect: the config also read from variables named GREET_… (as in
 * GREET_NAME=Ada), a typed option of the app's own, --shout N, which ends each line with N exclamation marks, a
 * negatable flag, --[no-]wave, which starts the greeting with a wave, and a group of commands, run as
 * `greet farewell bye`.
 */
static void main(String[] args) {
  System.exit(App.named('greet')
      .option(OptionSpec.withValue('shout', 'N', 'end each line with N exclamation marks').ofType(int)
          .withDefault('1'))
      .option(OptionSpec.flag('wave', 'start with a wave').negatable())
      .command(Command.of('hello', ConfigSpec.of(Greeting).withEnvironmentPrefix('GREET_')) { Greeting g ->
        "${g.message()}, ${g.name()}!\n" * g.times()
      })
      .group(Group.named('farewell').describedAs('Ways to part')
          .command(Command.of('bye', ConfigSpec.of(Greeting).withEnvironmentPrefix('GREET_')) { Greeting g ->
            "Goodbye, ${g.name()}!\n".toString()
          }))
      .andThen(Stage.POST_RUN, 'print') { inv ->
        String marks = '!' * inv.option('shout', Integer).orElse(1)
        print((inv.flag('wave') ? 'o/ ' : '') + String.valueOf(inv.result()).replace("!\n", marks + "\n"))
        inv
      }
      .wake(args))
}

package quickstart

import io.hookline.dsl.Hookline

/** The greeting's config: a Groovy record, whose defaults give it the constructor without arguments. */
record Greeting(String message = 'Hello', String name = 'World', int times = 1) {}

static void main(String[] args) {
  System.exit(Hookline.app('greet')
      .command('hello', Greeting) { Greeting g -> "${g.message()}, ${g.name()}!\n" * g.times() }
      .postRun('print') { inv -> print(inv.result()); inv }
      .wake(args))
}

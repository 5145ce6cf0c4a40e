package quickstart

import io.hookline.App
import io.hookline.Stage

/** A Scala 3 case class as a config: `lr` must be given, `optimizer` and `epochs` keep their defaults. */
case class Train(lr: Double, optimizer: String = "sgd", epochs: Int = 5)

/** A program whose config is a case class: `fit lr=0.1` trains, `fit` alone says that `lr` is required. */
@main def caseClass(args: String*): Unit =
  System.exit(App.named("fit")
    .command("fit", classOf[Train], (t: Train) => s"fit ${t.optimizer} lr=${t.lr} epochs=${t.epochs}")
    .andThen(Stage.POST_RUN, "print", inv => {
      println(inv.result())
      inv
    })
    .wake(args*))

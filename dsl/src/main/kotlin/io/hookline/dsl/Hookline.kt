/**
 * Kotlin's spelling of Hookline's one front door: the same verbs as `App`, `Group`, `Command` and `Invocation`, with
 * a config's class taken from a reified type argument where Java passes a `Class`. Each function is one call of the
 * Java method it names, so nothing here reaches further than the Java API does:
 *
 * ```kotlin
 * App.named("greet")
 *     .command<Greeting>("hello") { g -> "${g.message}, ${g.name}!" }
 *     .andThen(Stage.POST_RUN, "print") { inv -> println(inv.result()); inv }
 *     .wake(*args)
 * ```
 */
@file:JvmName("Hookline")

package io.hookline.dsl

import io.hookline.App
import io.hookline.Body
import io.hookline.Command
import io.hookline.Group
import io.hookline.Invocation
import io.hookline.callback.JobReturn

/** `App.command(name, A::class.java, body)`: a command that takes a config of class [A]. */
inline fun <reified A : Any> App.command(name: String, body: Body.Of1<A>): App =
  command(name, A::class.java, body)

/** `App.command(name, A::class.java, B::class.java, body)`: a command that takes configs of classes [A] and [B]. */
inline fun <reified A : Any, reified B : Any> App.command(name: String, body: Body.Of2<A, B>): App =
  command(name, A::class.java, B::class.java, body)

/** A command that takes configs of classes [A], [B] and [C]. */
inline fun <reified A : Any, reified B : Any, reified C : Any> App.command(name: String, body: Body.Of3<A, B, C>): App =
  command(name, A::class.java, B::class.java, C::class.java, body)

/** A command that takes configs of classes [A], [B], [C] and [D]. */
inline fun <reified A : Any, reified B : Any, reified C : Any, reified D : Any> App.command(
  name: String,
  body: Body.Of4<A, B, C, D>,
): App = command(name, A::class.java, B::class.java, C::class.java, D::class.java, body)

/** `Group.command(name, A::class.java, body)`: a command of the group that takes a config of class [A]. */
inline fun <reified A : Any> Group.command(name: String, body: Body.Of1<A>): Group =
  command(name, A::class.java, body)

/** A command of the group that takes configs of classes [A] and [B]. */
inline fun <reified A : Any, reified B : Any> Group.command(name: String, body: Body.Of2<A, B>): Group =
  command(name, A::class.java, B::class.java, body)

/** `App.config(A::class.java)`: a global config of class [A]. */
inline fun <reified A : Any> App.config(): App = config(A::class.java)

/** `Group.config(A::class.java)`: a config of class [A] for each of the group's commands. */
inline fun <reified A : Any> Group.config(): Group = config(A::class.java)

/** `Command.config(A::class.java)`: a config of class [A] after the command's others. */
inline fun <reified A : Any> Command.config(): Command = config(A::class.java)

/** `Invocation.config(T::class.java)`: the one config of class [T]. */
inline fun <reified T : Any> Invocation.config(): T = config(T::class.java)

/** `JobReturn.valueAs(T::class.java)`: the job's value bound to a [T], or `null` if it has none. */
inline fun <reified T : Any> JobReturn.valueAs(): T? = valueAs(T::class.java).orElse(null)

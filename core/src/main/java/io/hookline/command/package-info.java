/**
 * Commands and their hooks: the nine {@link io.hookline.command.Stage stages} an invoked command goes through, the
 * {@link io.hookline.command.Invocation} that flows through them, and the {@link io.hookline.command.Hooks} table of
 * pipelines, one per stage, plus the parser hooks that describe a command's options as data.
 *
 * <p>The ordering rule, stated once: stages run in the order of {@link io.hookline.command.Stage}; within a stage,
 * global hooks run before a command's local hooks, which receive their result; within each, the pipeline order holds
 * (hooks in the order added, the newest around outermost).
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.command;

import org.jspecify.annotations.NullMarked;

/**
 * For users: everything a program is built from, behind one front door. An {@link io.hookline.App} holds the
 * program's {@link io.hookline.Command commands} and {@link io.hookline.Group groups}, the hooks and configs they
 * share, its callbacks and where it writes; {@link io.hookline.App#wake} runs it and returns its exit code, and
 * {@link io.hookline.App#invoke} returns an {@link io.hookline.Outcome} for tests and embedding.
 *
 * <ul>
 *   <li><b>Commands and hooks.</b> An invoked command goes through nine {@link io.hookline.Stage stages}, carrying
 *       an {@link io.hookline.Invocation}; {@link io.hookline.Hooks} holds a pipeline per stage and the parser
 *       hooks that add {@link io.hookline.OptionSpec options} to a {@link io.hookline.CommandSpec}. Stages run in
 *       the order of {@link io.hookline.Stage}; within a stage, inherited hooks run before a command's own, which
 *       receive their result; within each, hooks run in the order added, the newest around outermost.
 *   <li><b>Configs.</b> A {@link io.hookline.ConfigSpec} declares a config; the {@link io.hookline.Configs} of
 *       one invocation hold them loaded and overridden. {@link io.hookline.Composition} composes them from config
 *       groups, as Hydra does.
 *   <li><b>Failures.</b> Throw an {@link io.hookline.InputException} for bad input (exit code 2), an
 *       {@link io.hookline.InfrastructureException} for a failing machine (exit code 1); a {@link io.hookline.Failure}
 *       carries either, or any other exception, as a value.
 *   <li><b>Extension by name.</b> A {@link io.hookline.Provider} makes a launcher or a sweeper that the command line
 *       names ({@code launcher=NAME}, {@code sweeper=NAME}).
 * </ul>
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline;

import org.jspecify.annotations.NullMarked;

package io.hookline.command.internal;

import io.hookline.OptionSpec;
import java.util.function.Supplier;

/**
 * An option of the app's own that runs before any command is resolved, as {@code --version} does: given first and
 * alone ({@code app --license}), it prints what {@code text} returns and the program ends with exit code 0.
 *
 * <p>Contract: the option is a flag, shown in the app's help and offered by completion beside {@code --version}.
 *
 * @param option the flag
 * @param text what it prints, asked for only when it is given
 */
public record EagerOption(OptionSpec option, Supplier<String> text) {}

/**
 * The command line: parsing a command's arguments (the only code that uses JOpt Simple), help, and shell completion.
 * Not exported: programs reach it through {@link io.hookline.App}.
 */
@NullMarked
package io.hookline.cli;

import org.jspecify.annotations.NullMarked;

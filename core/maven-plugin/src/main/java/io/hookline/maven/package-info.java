/**
 * The Maven plugin that ships a program: its goal {@code dist} (see {@link io.hookline.maven.DistMojo}) makes a
 * folder that runs the program anywhere with a Java runtime, started quickly from a class-data archive or an AOT
 * cache that a training run made at build time.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 */
@NullMarked
package io.hookline.maven;

import org.jspecify.annotations.NullMarked;

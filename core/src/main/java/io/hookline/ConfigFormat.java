package io.hookline;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file format configs are read from and written to, chosen by a file's extension. YAML ({@code .yaml},
 * {@code .yml}), JSON ({@code .json}), HOCON ({@code .conf}) and TOML ({@code .toml}) are Hookline's own; add another
 * as a service: a public class with a public constructor without arguments, declared in
 * {@code META-INF/services/io.hookline.ConfigFormat} or with {@code provides io.hookline.ConfigFormat with …} in a
 * module. A service is looked up only when a file's extension is not one of Hookline's, or when a composition looks
 * for its configs; keep its parser out of its own class's fields and signatures, so that a program that reads no file
 * of its format loads none of the parser's classes.
 *
 * <p>Contract: {@link #extensions()} are lower case, without the dot, and are no other format's; the first is the one
 * a config's defaults are written with. {@link #read} returns a tree: maps with text keys in the file's order, lists,
 * texts, numbers ({@code Integer}, {@code Long}, {@code BigInteger}, {@code Double}), booleans and {@code null}; an
 * empty document is {@code null}. {@link #write} takes such a tree and returns text that {@link #read} reads back to an
 * equal tree, as the testkit's {@code ConfigFormatContract} checks. What either throws is the file's fault: one line
 * naming the file and the exception's message, exit code 2. A format that is {@link #composable()} may hold the configs
 * of a composition (group options, the primary config); one that is not serves as a config's own file only.
 * {@link #positions} says where keys are written, so that messages name the line; without it they name the file.
 */
public interface ConfigFormat {

  /** Returns the extensions of its files, lower case and without the dot; the first is the one it writes. */
  List<String> extensions();

  /** Returns whether its files may be composed. */
  default boolean composable() {
    return true;
  }

  /**
   * Returns the tree {@code text} holds.
   *
   * @throws Exception if the text is not of this format, or holds what a tree cannot
   */
  @Nullable Object read(String text) throws Exception;

  /**
   * Returns {@code tree} as text of this format.
   *
   * @throws Exception if the format cannot hold a value of the tree (TOML has no {@code null}, say)
   */
  String write(@Nullable Object tree) throws Exception;

  /**
   * Returns where each key of {@code text} is written, as {@code line:column} (both from 1) by the key's dotted path
   * from the root ({@code server.port}, {@code items.0}), for messages; a key left out is named by its file alone. None
   * by default. It is called only on a text that {@link #read} has read.
   */
  default Map<String, String> positions(String text) {
    return Map.of();
  }
}

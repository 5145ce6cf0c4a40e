package io.hookline.config.internal;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Reads a whole file of UTF-8 text.
 *
 * <p>Contract: returns the file's text, or throws a {@link CharacterCodingException} if its bytes are not UTF-8 (never
 * replacing them silently), or another {@link IOException} if it cannot be read. Through {@code java.io} rather than a
 * channel, which a cold JVM would load some thirty classes for on every run that reads a config.
 */
public final class TextFile {

  private static final Charset UTF_8 = Charset.forName("UTF-8");

  private TextFile() {}

  /** Returns the text of {@code file}. */
  public static String read(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = new FileInputStream(file.toFile())) {
      bytes = in.readAllBytes();
    }
    return UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
  }
}

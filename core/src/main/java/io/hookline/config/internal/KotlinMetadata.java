package io.hookline.config.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a Kotlin class's primary constructor says of its parameters, from the {@code kotlin.Metadata} annotation
 * the Kotlin compiler puts on every class, without kotlin-reflect.
 *
 * <p>Contract: {@link #primaryConstructor} returns, for a class compiled by Kotlin, the names of its primary
 * constructor's parameters in order, whether each declares a default value, and whether its type is nullable; for any
 * other class, or metadata this reader does not understand, it returns {@code null}, and the caller treats the class as
 * it treats a Java class. It reads the protocol-buffer encoding of the metadata's class message directly: a string
 * table, then the class, of which it reads the constructors, their value parameters and the type table.
 */
final class KotlinMetadata {

  /** One parameter of a primary constructor, as Kotlin declared it. */
  record Parameter(String name, boolean declaresDefault, boolean nullable) {}

  private KotlinMetadata() {}

  /** Returns the parameters of {@code type}'s primary constructor, or {@code null} if they cannot be read. */
  static @Nullable List<Parameter> primaryConstructor(Class<?> type) {
    Annotation metadata = null;
    for (Annotation annotation : type.getDeclaredAnnotations()) {
      if (annotation.annotationType().getName().equals("kotlin.Metadata")) {
        metadata = annotation;
      }
    }
    if (metadata == null) {
      return null;
    }
    try {
      if ((int) element(metadata, "k") != 1) {
        return null; // not a class: a file facade, a lambda, …
      }
      return parse((String[]) element(metadata, "d1"), (String[]) element(metadata, "d2"));
    } catch (ReflectiveOperationException | RuntimeException unreadable) {
      return null;
    }
  }

  /**
   * Returns the primary constructor's parameters that a class's metadata strings {@code d1} and {@code d2} describe,
   * or {@code null} if they describe none this reader understands; never throws, whatever the strings hold.
   */
  static @Nullable List<Parameter> parse(String[] d1, String[] d2) {
    try {
      return read(bytes(d1), d2);
    } catch (RuntimeException | StackOverflowError unreadable) {
      return null;
    }
  }

  private static Object element(Annotation annotation, String name) throws ReflectiveOperationException {
    Method method = annotation.annotationType().getMethod(name);
    method.trySetAccessible();
    return method.invoke(annotation);
  }

  /** Decodes the strings of {@code d1} into bytes: each character is one byte after a leading zero character. */
  private static byte[] bytes(String[] data) {
    if (data.length == 0 || data[0].isEmpty() || data[0].charAt(0) != 0) {
      throw new IllegalArgumentException("metadata in the older 7-bit encoding");
    }
    StringBuilder all = new StringBuilder();
    for (String part : data) {
      all.append(part);
    }
    byte[] bytes = new byte[all.length() - 1];
    for (int i = 1; i < all.length(); i++) {
      bytes[i - 1] = (byte) all.charAt(i);
    }
    return bytes;
  }

  private static @Nullable List<Parameter> read(byte[] bytes, String[] strings) {
    Wire wire = new Wire(bytes, 0, bytes.length);
    int tableLength = (int) wire.varint();
    List<@Nullable String> names = names(new Wire(bytes, wire.position, wire.position + tableLength), strings);
    Wire type = new Wire(bytes, wire.position + tableLength, bytes.length);
    List<Wire> constructors = new ArrayList<>();
    int firstNullable = -1;
    List<Boolean> tableNullable = new ArrayList<>();
    while (type.more()) {
      long tag = type.varint();
      int field = (int) (tag >>> 3);
      if (field == 8 && (tag & 7) == 2) {
        constructors.add(type.message());
      } else if (field == 30 && (tag & 7) == 2) {
        Wire table = type.message();
        while (table.more()) {
          long entry = table.varint();
          if ((entry >>> 3) == 1 && (entry & 7) == 2) {
            tableNullable.add(nullable(table.message()));
          } else if ((entry >>> 3) == 2 && (entry & 7) == 0) {
            firstNullable = (int) table.varint();
          } else {
            table.skip(entry);
          }
        }
      } else {
        type.skip(tag);
      }
    }
    for (Wire constructor : constructors) {
      List<Parameter> parameters = new ArrayList<>();
      int flags = 6;
      while (constructor.more()) {
        long tag = constructor.varint();
        int field = (int) (tag >>> 3);
        if (field == 1 && (tag & 7) == 0) {
          flags = (int) constructor.varint();
        } else if (field == 2 && (tag & 7) == 2) {
          Parameter parameter = parameter(constructor.message(), names, tableNullable, firstNullable);
          if (parameter == null) {
            return null;
          }
          parameters.add(parameter);
        } else {
          constructor.skip(tag);
        }
      }
      if ((flags & 0x10) == 0) { // not secondary: the primary constructor
        return List.copyOf(parameters);
      }
    }
    return null;
  }

  private static @Nullable Parameter parameter(Wire message, List<@Nullable String> names, List<Boolean> tableNullable,
      int firstNullable) {
    int flags = 0;
    int name = -1;
    boolean nullable = false;
    while (message.more()) {
      long tag = message.varint();
      int field = (int) (tag >>> 3);
      if (field == 1 && (tag & 7) == 0) {
        flags = (int) message.varint();
      } else if (field == 2 && (tag & 7) == 0) {
        name = (int) message.varint();
      } else if (field == 3 && (tag & 7) == 2) {
        nullable = nullable(message.message());
      } else if (field == 5 && (tag & 7) == 0) {
        int id = (int) message.varint();
        nullable = firstNullable >= 0 && id >= firstNullable || id < tableNullable.size() && tableNullable.get(id);
      } else {
        message.skip(tag);
      }
    }
    String shown = name < 0 || name >= names.size() ? null : names.get(name);
    return shown == null ? null : new Parameter(shown, (flags & 2) != 0, nullable);
  }

  private static boolean nullable(Wire type) {
    boolean nullable = false;
    while (type.more()) {
      long tag = type.varint();
      if ((tag >>> 3) == 3 && (tag & 7) == 0) {
        nullable = type.varint() != 0;
      } else {
        type.skip(tag);
      }
    }
    return nullable;
  }

  /**
   * Resolves the string table: each index names {@code d2}'s string at that index, unless its record gives a string of
   * its own, a predefined one (never a parameter's name, so left unresolved), or a part of it.
   */
  private static List<@Nullable String> names(Wire table, String[] strings) {
    List<@Nullable String> names = new ArrayList<>();
    while (table.more()) {
      long tag = table.varint();
      if ((tag >>> 3) != 1 || (tag & 7) != 2) {
        table.skip(tag);
        continue;
      }
      Wire record = table.message();
      int range = 1;
      String own = null;
      boolean predefined = false;
      List<Long> substring = new ArrayList<>();
      List<Long> replace = new ArrayList<>();
      while (record.more()) {
        long field = record.varint();
        switch ((int) (field >>> 3)) {
          case 1 -> range = (int) record.varint();
          case 2 -> {
            record.varint();
            predefined = true;
          }
          case 4 -> substring.addAll(record.packed(field));
          case 5 -> replace.addAll(record.packed(field));
          case 6 -> own = record.text();
          default -> record.skip(field);
        }
      }
      if (range < 0 || names.size() + range > strings.length + 1) {
        throw new IllegalArgumentException("a string table of more strings than the metadata has");
      }
      for (int i = 0; i < range; i++) {
        int index = names.size();
        String name = own != null ? own : predefined || index >= strings.length ? null : strings[index];
        if (name != null && substring.size() == 2) {
          name = name.substring(substring.get(0).intValue(), substring.get(1).intValue());
        }
        if (name != null && replace.size() == 2) {
          name = name.replace((char) replace.get(0).intValue(), (char) replace.get(1).intValue());
        }
        names.add(name);
      }
    }
    for (int index = names.size(); index < strings.length; index++) {
      names.add(strings[index]);
    }
    return names;
  }

  /** A reader of the protocol-buffer wire format over a slice of bytes. */
  private static final class Wire {
    private final byte[] bytes;
    private int position;
    private final int end;

    Wire(byte[] bytes, int start, int end) {
      if (start < 0 || end > bytes.length || start > end) {
        throw new IllegalArgumentException("a message beyond the metadata's end");
      }
      this.bytes = bytes;
      this.position = start;
      this.end = end;
    }

    boolean more() {
      return position < end;
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (position >= end) {
          throw new IllegalArgumentException("a number beyond the metadata's end");
        }
        byte b = bytes[position++];
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("a number of more than ten bytes");
    }

    Wire message() {
      int length = (int) varint();
      Wire inner = new Wire(bytes, position, position + length);
      position += length;
      return inner;
    }

    String text() {
      Wire inner = message();
      return new String(bytes, inner.position, inner.end - inner.position, StandardCharsets.UTF_8);
    }

    List<Long> packed(long tag) {
      List<Long> values = new ArrayList<>();
      if ((tag & 7) == 0) {
        values.add(varint());
        return values;
      }
      Wire inner = message();
      while (inner.more()) {
        values.add(inner.varint());
      }
      return values;
    }

    void skip(long tag) {
      switch ((int) (tag & 7)) {
        case 0 -> varint();
        case 1 -> position += 8;
        case 2 -> message();
        case 5 -> position += 4;
        default -> throw new IllegalArgumentException("an unknown wire type " + (tag & 7));
      }
    }
  }
}

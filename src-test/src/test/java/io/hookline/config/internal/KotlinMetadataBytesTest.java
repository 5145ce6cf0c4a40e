package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.config.internal.KotlinMetadata.Parameter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Kotlin metadata reader on metadata written byte by byte in the test: each part of the encoding it claims to read
 * (the string table's ranges, predefined strings, own strings, substrings and replaced characters; the class's
 * constructors and their flags; a parameter's flags, name, type and type-table entry; numbers of several bytes; fields
 * of every wire type it does not know), and each way metadata can be unreadable, which is {@code null}, never an empty
 * constructor.
 */
class KotlinMetadataBytesTest {

  @Test
  void aParametersNameDefaultAndNullableTypeAreRead() {
    byte[] klass = constructor(0, parameter(2, 0), parameter(0, 1, type(true)));
    assertThat(read(table(), klass, "lr", "tag")).containsExactly(new Parameter("lr", true, false),
        new Parameter("tag", false, true));
  }

  @Test
  void secondaryConstructorsAreSkippedForThePrimaryOne() {
    byte[] klass = concat(constructor(0x16, parameter(0, 1)), constructor(6, parameter(0, 0)));
    assertThat(read(table(), klass, "primary", "secondary")).containsExactly(new Parameter("primary", false, false));
    assertThat(read(table(), constructor(0x10, parameter(0, 0)), "only")).isNull();
  }

  @Test
  void aConstructorWithoutFlagsIsPrimaryAndOneWithoutParametersIsEmpty() {
    assertThat(read(table(), message(8, parameter(0, 0)), "a")).containsExactly(
        new Parameter("a", false, false));
    assertThat(read(table(), constructor(6), "a")).isEmpty();
  }

  @Test
  void aTypeTableEntryAndItsFirstNullableIndexSayWhetherATypeIsNullable() {
    byte[] types = message(30, concat(message(1, nullable(false)), message(1, nullable(true)),
        message(1, nullable(false)), varintField(2, 3)));
    byte[] klass = concat(types, constructor(0, parameter(0, 0, typeId(0)), parameter(0, 1, typeId(1)),
        parameter(0, 2, typeId(2)), parameter(0, 3, typeId(3)), parameter(0, 4, typeId(9))));
    assertThat(read(table(), klass, "a", "b", "c", "d", "e")).extracting(Parameter::nullable)
        .containsExactly(false, true, false, true, true);
    byte[] withoutFirst = concat(message(30, message(1, nullable(true))), constructor(0, parameter(0, 0, typeId(0)),
        parameter(0, 1, typeId(1))));
    assertThat(read(table(), withoutFirst, "a", "b")).extracting(Parameter::nullable).containsExactly(true, false);
  }

  @Test
  void theStringTableResolvesRangesOwnStringsSubstringsAndReplacedCharacters() {
    byte[] table = table(record(varintField(1, 2)), record(varintField(2, 7)), record(text(6, "own")),
        record(packed(4, 1, 3)), record(concat(varintField(5, '$'), varintField(5, '.'))));
    byte[] klass = constructor(0, parameter(0, 0), parameter(0, 1), parameter(0, 3), parameter(0, 4),
        parameter(0, 5), parameter(0, 6));
    assertThat(read(table, klass, "first", "second", "predefined", "unused", "xaby", "a$b", "last"))
        .extracting(Parameter::name).containsExactly("first", "second", "own", "ab", "a.b", "last");
    assertThat(read(table, constructor(0, parameter(0, 2)), "a", "b", "c", "d", "e", "f", "g")).isNull();
  }

  @Test
  void aStringTableOfMoreStringsThanTheMetadataHasIsUnreadable() {
    byte[] klass = constructor(0, parameter(0, 0));
    assertThat(read(table(record(varintField(1, 3))), klass, "a", "b")).extracting(Parameter::name)
        .containsExactly("a");
    assertThat(read(table(record(varintField(1, 4))), klass, "a", "b")).isNull();
  }

  @Test
  void numbersOfSeveralBytesAreRead() {
    String[] strings = IntStream.range(0, 300).mapToObj(i -> "p" + i).toArray(String[]::new);
    assertThat(read(table(), constructor(0, parameter(0, 130), parameter(0, 299)), strings))
        .extracting(Parameter::name).containsExactly("p130", "p299");
  }

  @Test
  void fieldsOfEveryKnownWireTypeThatTheReaderDoesNotUseAreSkipped() {
    byte[] unknown = concat(varintField(40, 300), fixed(41, 1, 8), message(42, bytes(1, 2, 3)), fixed(43, 5, 4));
    byte[] klass = concat(unknown, constructor(0, concat(unknown, parameter(0, 0, concat(unknown, type(true))))));
    byte[] table = table(record(concat(unknown, varintField(1, 1))));
    assertThat(read(concat(unknown, table), klass, "a")).containsExactly(new Parameter("a", false, true));
  }

  @Test
  void anUnknownWireTypeANumberOfElevenBytesOrANumberPastItsMessageIsUnreadable() {
    byte[] klass = constructor(0, parameter(0, 0));
    assertThat(read(table(), concat(fixed(44, 3, 0), klass), "a")).isNull();
    byte[] elevenByteZero = bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00);
    assertThat(parse(concat(elevenByteZero, klass), "a")).isNull();
    assertThat(parse(concat(bytes(0), klass), "a")).containsExactly(new Parameter("a", false, false));
    // a constructor's message of one byte, whose flags' number lies past it
    assertThat(parse(concat(bytes(0), bytes(0x42, 1, 0x08, 0, 0)), "a")).isNull();
  }

  @Test
  void aNameOutsideTheStringTableOrOldMetadataIsUnreadable() {
    assertThat(read(table(), constructor(0, parameter(0, 1)), "a")).isNull();
    assertThat(read(table(), constructor(0, message(2, varintField(1, 2))), "a")).isNull();
    assertThat(KotlinMetadata.parse(new String[0], new String[0])).isNull();
    assertThat(KotlinMetadata.parse(new String[] {"abc"}, new String[] {"a"})).isNull();
  }

  @Test
  void metadataSplitOverSeveralStringsIsReadAsOne() {
    String d1 = encode(concat(varint(0), constructor(0, parameter(2, 0))));
    int half = d1.length() / 2;
    assertThat(KotlinMetadata.parse(new String[] {d1.substring(0, half), d1.substring(half)}, new String[] {"lr"}))
        .containsExactly(new Parameter("lr", true, false));
  }

  @Test
  void aKotlinFileOfFunctionsIsNoClass() throws ClassNotFoundException {
    assertThat(KotlinMetadata.primaryConstructor(Class.forName("io.hookline.newcomer.TrainKt"))).isNull();
  }

  // The encoding: the string table as a message preceded by its length, then the class's message.

  private static List<Parameter> read(byte[] table, byte[] klass, String... strings) {
    return parse(concat(varint(table.length), table, klass), strings);
  }

  private static List<Parameter> parse(byte[] metadata, String... strings) {
    return KotlinMetadata.parse(new String[] {encode(metadata)}, strings);
  }

  private static String encode(byte[] metadata) {
    StringBuilder d1 = new StringBuilder().append('\u0000');
    for (byte b : metadata) {
      d1.append((char) (b & 0xff));
    }
    return d1.toString();
  }

  private static byte[] table(byte[]... records) {
    return concat(records);
  }

  private static byte[] record(byte[] fields) {
    return message(1, fields);
  }

  private static byte[] constructor(int flags, byte[]... parameters) {
    return message(8, concat(varintField(1, flags), concat(parameters)));
  }

  private static byte[] parameter(int flags, int name, byte[]... rest) {
    return message(2, concat(varintField(1, flags), varintField(2, name), concat(rest)));
  }

  /** A parameter's type, given in its own message. */
  private static byte[] type(boolean nullable) {
    return message(3, nullable(nullable));
  }

  /** A type's fields: whether it is nullable. */
  private static byte[] nullable(boolean nullable) {
    return varintField(3, nullable ? 1 : 0);
  }

  private static byte[] typeId(int id) {
    return varintField(5, id);
  }

  private static byte[] packed(int number, long... values) {
    byte[][] each = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      each[i] = varint(values[i]);
    }
    return message(number, concat(each));
  }

  private static byte[] text(int number, String text) {
    return message(number, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] message(int number, byte[] content) {
    return concat(varint(number << 3 | 2), varint(content.length), content);
  }

  private static byte[] varintField(int number, long value) {
    return concat(varint(number << 3), varint(value));
  }

  private static byte[] fixed(int number, int wireType, int length) {
    return concat(varint(number << 3 | wireType), new byte[length]);
  }

  private static byte[] varint(long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long rest = value;
    while ((rest & ~0x7fL) != 0) {
      out.write((int) (rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    out.write((int) rest);
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}

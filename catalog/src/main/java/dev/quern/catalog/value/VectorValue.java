package dev.quern.catalog.value;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A value of SQL Server 2025's {@code vector(n)} type: n single-precision (float32) elements. It is
 * immutable; {@link #toString()} is the JSON text SQL Server shows ({@code [1.0000000e+000,...]}).
 *
 * <p>Stored (and counted by DATALENGTH) in SQL Server's binary layout, the one its TDS VECTOR type
 * carries too: an 8-byte header (0xA9 layout marker, version 1, the dimension count as a
 * little-endian USHORT, the element type 0 = float32, three reserved zero bytes) followed by the
 * elements as little-endian float32, so {@code vector(3)} takes 20 bytes.
 */
public final class VectorValue {
  /** The most dimensions a float32 vector may have. */
  public static final int MAX_DIMENSIONS = 1998;

  /** Bytes of the header before the elements. */
  public static final int HEADER_BYTES = 8;

  private static final byte LAYOUT = (byte) 0xA9;
  private static final byte VERSION = 1;
  private static final byte FLOAT32 = 0;

  private final float[] elements;

  private VectorValue(float[] elements) {
    this.elements = elements;
  }

  /** A vector of these elements (copied). */
  public static VectorValue of(float... elements) {
    if (elements.length == 0 || elements.length > MAX_DIMENSIONS) {
      throw new IllegalArgumentException("vector of " + elements.length + " dimensions");
    }
    return new VectorValue(elements.clone());
  }

  /** The bytes a vector(n) of this many dimensions takes: its max_length in the catalog views. */
  public static int byteSize(int dimensions) {
    return HEADER_BYTES + 4 * dimensions;
  }

  public int dimensions() {
    return elements.length;
  }

  public float element(int i) {
    return elements[i];
  }

  /** A copy of the elements. */
  public float[] elements() {
    return elements.clone();
  }

  /** SQL Server's binary layout (see the class comment). */
  public byte[] toBytes() {
    ByteBuffer b = ByteBuffer.allocate(byteSize(elements.length)).order(ByteOrder.LITTLE_ENDIAN);
    b.put(LAYOUT).put(VERSION).putShort((short) elements.length).put(FLOAT32);
    b.position(HEADER_BYTES);
    for (float f : elements) {
      b.putFloat(f);
    }
    return b.array();
  }

  /** Reads SQL Server's binary layout back; IllegalArgumentException when it is not one. */
  public static VectorValue fromBytes(byte[] bytes) {
    if (bytes.length < HEADER_BYTES || bytes[0] != LAYOUT || bytes[4] != FLOAT32) {
      throw new IllegalArgumentException("not a float32 vector");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int n = Short.toUnsignedInt(b.getShort(2));
    if (n == 0 || n > MAX_DIMENSIONS || bytes.length != byteSize(n)) {
      throw new IllegalArgumentException("vector length does not match its header");
    }
    float[] e = new float[n];
    b.position(HEADER_BYTES);
    for (int i = 0; i < n; i++) {
      e[i] = b.getFloat();
    }
    return new VectorValue(e);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VectorValue v && Arrays.equals(elements, v.elements);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(elements);
  }

  @Override
  public String toString() {
    return VectorText.format(this);
  }
}

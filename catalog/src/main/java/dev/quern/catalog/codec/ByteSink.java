package dev.quern.catalog.codec;

import java.util.Arrays;

/** A growable byte buffer with big-endian writers; the building block of keys and rows. */
public final class ByteSink {
  private byte[] buf;
  private int size;

  public ByteSink() {
    this(32);
  }

  public ByteSink(int capacity) {
    buf = new byte[Math.max(capacity, 8)];
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  public ByteSink put(int b) {
    ensure(1);
    buf[size++] = (byte) b;
    return this;
  }

  public ByteSink put(byte[] bytes) {
    return put(bytes, 0, bytes.length);
  }

  public ByteSink put(byte[] bytes, int off, int len) {
    ensure(len);
    System.arraycopy(bytes, off, buf, size, len);
    size += len;
    return this;
  }

  public ByteSink putShort(int v) {
    return put(v >>> 8).put(v);
  }

  public ByteSink putInt(int v) {
    ensure(4);
    buf[size++] = (byte) (v >>> 24);
    buf[size++] = (byte) (v >>> 16);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
    return this;
  }

  public ByteSink putLong(long v) {
    putInt((int) (v >>> 32));
    return putInt((int) v);
  }

  /** Unsigned LEB128. */
  public ByteSink putVarint(long v) {
    while ((v & ~0x7FL) != 0) {
      put((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    return put((int) v);
  }

  public int size() {
    return size;
  }

  /** Inverts every byte from {@code from} to the end (DESC key columns). */
  void invertFrom(int from) {
    for (int i = from; i < size; i++) {
      buf[i] = (byte) ~buf[i];
    }
  }

  public byte[] toBytes() {
    return Arrays.copyOf(buf, size);
  }
}

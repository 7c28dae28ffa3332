package dev.quern.catalog.codec;

/** A big-endian reader over a byte array, bounds-checked (corrupt data fails, never misreads). */
public final class ByteSource {
  private final byte[] buf;
  private int pos;
  private final int end;

  public ByteSource(byte[] buf) {
    this(buf, 0, buf.length);
  }

  public ByteSource(byte[] buf, int off, int len) {
    this.buf = buf;
    this.pos = off;
    this.end = off + len;
  }

  private void need(int n) {
    if (n < 0 || pos + n > end) {
      throw new IllegalArgumentException(
          "Truncated encoding: need " + n + " bytes at " + pos + ", end " + end);
    }
  }

  public int get() {
    need(1);
    return buf[pos++] & 0xFF;
  }

  public byte[] get(int n) {
    need(n);
    byte[] out = new byte[n];
    System.arraycopy(buf, pos, out, 0, n);
    pos += n;
    return out;
  }

  public int getShort() {
    return (get() << 8) | get();
  }

  public int getInt() {
    need(4);
    int v =
        ((buf[pos] & 0xFF) << 24)
            | ((buf[pos + 1] & 0xFF) << 16)
            | ((buf[pos + 2] & 0xFF) << 8)
            | (buf[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  public long getLong() {
    return ((long) getInt() << 32) | (getInt() & 0xFFFFFFFFL);
  }

  public long getVarint() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = get();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IllegalArgumentException("Varint too long at " + pos);
  }

  public int position() {
    return pos;
  }

  public void position(int p) {
    if (p < 0 || p > end) {
      throw new IllegalArgumentException("Position " + p + " outside the encoding");
    }
    pos = p;
  }

  public boolean hasRemaining() {
    return pos < end;
  }
}

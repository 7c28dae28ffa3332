package dev.quern.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a TDS message payload little-endian, as MS-TDS lays it out, and remembers where its
 * length prefixes and type ids are: the mutator aims most of its mutations at those {@link Mark}s,
 * where a decoder must not trust what it reads.
 */
public final class WireBuilder {
  /** What a marked field is. */
  public enum Kind { LENGTH, TYPE, FLAGS }

  /** A length field, a type id or status flags at {@code offset}, {@code width} bytes wide. */
  public record Mark(int offset, int width, Kind kind) {}

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<Mark> marks = new ArrayList<>();

  public WireBuilder u8(int v) {
    out.write(v);
    return this;
  }

  public WireBuilder u16(int v) {
    return u8(v).u8(v >>> 8);
  }

  public WireBuilder u32(long v) {
    return u16((int) v).u16((int) (v >>> 16));
  }

  public WireBuilder u64(long v) {
    return u32(v).u32(v >>> 32);
  }

  public WireBuilder bytes(byte[] b) {
    out.writeBytes(b);
    return this;
  }

  public WireBuilder ucs2(String s) {
    return bytes(s.getBytes(StandardCharsets.UTF_16LE));
  }

  /** A type id (TYPE_INFO's first byte, a token, a TM request type). */
  public WireBuilder type(int id, int width) {
    marks.add(new Mark(out.size(), width, Kind.TYPE));
    return width == 1 ? u8(id) : u16(id);
  }

  /** One byte of status flags (an RPC parameter's fByRefValue, fDefaultValue…). */
  public WireBuilder flags(int v) {
    marks.add(new Mark(out.size(), 1, Kind.FLAGS));
    return u8(v);
  }

  /** A length prefix of {@code width} bytes. */
  public WireBuilder length(long v, int width) {
    marks.add(new Mark(out.size(), width, Kind.LENGTH));
    return switch (width) {
      case 1 -> u8((int) v);
      case 2 -> u16((int) v);
      case 4 -> u32(v);
      default -> u64(v);
    };
  }

  /** B_VARCHAR: a one-byte character count, then UCS-2. */
  public WireBuilder bVarchar(String s) {
    return length(s.length(), 1).ucs2(s);
  }

  /** B_VARBYTE of UCS-2 text (TM transaction names): a one-byte byte count, then UCS-2. */
  public WireBuilder bVarbyteText(String s) {
    return length(2L * s.length(), 1).ucs2(s);
  }

  /** US_VARCHAR: a two-byte character count, then UCS-2. */
  public WireBuilder usVarchar(String s) {
    return length(s.length(), 2).ucs2(s);
  }

  /** A USHORTLEN value: its byte count, then the bytes. */
  public WireBuilder shortLenValue(byte[] b) {
    return length(b.length, 2).bytes(b);
  }

  /** A PLP value in chunks of {@code chunk} bytes, with or without its total length announced. */
  public WireBuilder plp(byte[] b, int chunk, boolean knownLength) {
    length(knownLength ? b.length : 0xFFFF_FFFF_FFFF_FFFEL, 8);
    for (int at = 0; at < b.length; at += chunk) {
      int n = Math.min(chunk, b.length - at);
      length(n, 4);
      out.write(b, at, n);
    }
    return length(0, 4); // PLP_TERMINATOR
  }

  public static byte[] text(String s, Charset charset) {
    return s.getBytes(charset);
  }

  public int position() {
    return out.size();
  }

  public byte[] toBytes() {
    return out.toByteArray();
  }

  public List<Mark> marks() {
    return List.copyOf(marks);
  }
}

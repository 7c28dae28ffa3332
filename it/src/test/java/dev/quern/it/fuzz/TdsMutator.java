package dev.quern.it.fuzz;

import dev.quern.it.support.RawTds;
import dev.quern.it.support.RawTdsSession;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Turns a {@link FuzzSeed} into a {@link FuzzCase}: one to three (sometimes six) mutations of the target
 * message's payload (bit flips, boundary bytes, length fields set to zero, huge or negative
 * values, wrong type ids, truncation, a segment duplicated, dropped or inserted) and, for some
 * cases, broken framing (tiny packets, wrong status bits, SPID, packet ids, packet lengths, packet
 * type, an ATTENTION inside the message). Everything comes from the {@link Random} given, so a
 * case number replays exactly.
 */
public final class TdsMutator {
  private static final int[] BOUNDARY_BYTES = {0x00, 0xFF, 0x7F, 0x80, 0x01, 0xFE};
  /** Type ids of MS-TDS §2.2.5.4, tokens and a few that are none of them. */
  private static final int[] TYPE_IDS = {0x00, 0x01, 0x1F, 0x22, 0x23, 0x24, 0x26, 0x28, 0x29,
      0x2A, 0x2B, 0x2D, 0x2F, 0x30, 0x32, 0x34, 0x38, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x62, 0x63,
      0x68, 0x6A, 0x6C, 0x6D, 0x6E, 0x6F, 0x7A, 0x7F, 0x81, 0xA5, 0xA7, 0xAD, 0xAF, 0xD1, 0xD2,
      0xE7, 0xEF, 0xF0, 0xF1, 0xF3, 0xFD, 0xFE, 0xFF};
  /** RPC parameter status values: none, OUTPUT, DEFAULT, both, encrypted, reserved bits. */
  private static final int[] FLAGS = {0x00, 0x01, 0x02, 0x03, 0x08, 0x04, 0xF0};
  private static final int PAYLOAD_PER_PACKET = RawTdsSession.PACKET_SIZE - RawTds.HEADER_LENGTH;

  private TdsMutator() {}

  /** The seed as it is, in packets of the negotiated size: what the mutations start from. */
  public static FuzzCase unmutated(long number, FuzzSeed seed) {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    for (FuzzMessage m : seed.messages()) {
      wire.writeBytes(RawTdsSession.packets(m.type(), m.payload(), PAYLOAD_PER_PACKET));
    }
    return new FuzzCase(number, seed.name(), "none", wire.toByteArray(), false,
        endsWithAttention(seed, -1));
  }

  public static FuzzCase mutate(long number, FuzzSeed seed, Random r) {
    List<String> done = new ArrayList<>();
    FuzzMessage target = seed.messages().get(seed.target());
    byte[] payload = target.payload();
    int count = r.nextInt(8) == 0 ? 4 + r.nextInt(3) : 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      payload = mutatePayload(payload, target.marks(), r, done);
    }
    FuzzMessage mutated = target.withPayload(payload);
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    boolean incomplete = false;
    for (int i = 0; i < seed.messages().size(); i++) {
      FuzzMessage m = i == seed.target() ? mutated : seed.messages().get(i);
      if (i == seed.target() && r.nextInt(4) == 0) {
        incomplete = frame(m, r, wire, done);
      } else {
        wire.writeBytes(RawTdsSession.packets(m.type(), m.payload(), PAYLOAD_PER_PACKET));
      }
    }
    return new FuzzCase(number, seed.name(), String.join(", ", done), wire.toByteArray(),
        incomplete, endsWithAttention(seed, seed.target()));
  }

  /** The seed's last message is an ATTENTION that {@code mutated} (an index) left intact. */
  private static boolean endsWithAttention(FuzzSeed seed, int mutated) {
    int last = seed.messages().size() - 1;
    return seed.messages().get(last).type() == RawTds.ATTENTION && mutated != last;
  }

  // ---- payload ------------------------------------------------------------------------------

  private static byte[] mutatePayload(byte[] p, List<WireBuilder.Mark> marks, Random r,
      List<String> done) {
    int kind = r.nextInt(10);
    if (p.length == 0) {
      kind = 9;
    }
    return switch (kind) {
      case 0 -> flip(p, r, done);
      case 1 -> boundary(p, r, done);
      case 2, 3, 4 -> lengthField(p, marks, r, done);
      case 5 -> typeId(p, marks, r, done);
      case 6 -> truncate(p, r, done);
      case 7 -> duplicateOrDrop(p, r, done);
      default -> insert(p, r, done);
    };
  }

  private static byte[] flip(byte[] p, Random r, List<String> done) {
    byte[] c = p.clone();
    int at = r.nextInt(c.length);
    int bit = r.nextInt(8);
    c[at] ^= (byte) (1 << bit);
    done.add("flip bit " + bit + " @" + at);
    return c;
  }

  private static byte[] boundary(byte[] p, Random r, List<String> done) {
    byte[] c = p.clone();
    int at = r.nextInt(c.length);
    int v = BOUNDARY_BYTES[r.nextInt(BOUNDARY_BYTES.length)];
    c[at] = (byte) v;
    done.add(String.format("byte @%d=0x%02X", at, v));
    return c;
  }

  private static byte[] lengthField(byte[] p, List<WireBuilder.Mark> marks, Random r,
      List<String> done) {
    List<WireBuilder.Mark> lengths = marks.stream().filter(m -> m.kind() == WireBuilder.Kind.LENGTH
        && m.offset() + m.width() <= p.length).toList();
    if (lengths.isEmpty()) {
      return boundary(p, r, done);
    }
    WireBuilder.Mark m = lengths.get(r.nextInt(lengths.size()));
    long old = read(p, m.offset(), m.width());
    long v = interestingLength(old, m.width(), r);
    byte[] c = p.clone();
    write(c, m.offset(), m.width(), v);
    done.add(String.format("len%d @%d 0x%X→0x%X", m.width() * 8, m.offset(), old, v));
    return c;
  }

  private static long interestingLength(long old, int width, Random r) {
    long max = width == 8 ? -1L : (1L << (8 * width)) - 1;
    long half = width == 8 ? Long.MAX_VALUE : max >>> 1;
    long[] choices = {0, 1, max, max - 1, half, half + 1, old + 1, old - 1, old * 2, old + 255,
        0x7FFF_FFFFL & max, 0x8000_0000L & max, 0xFFFF_FFFFL & max, 0xFFFF_FFFF_FFFF_FFFEL & max,
        r.nextLong() & max, 8001 & max, 0xFFFF & max};
    return choices[r.nextInt(choices.length)];
  }

  private static byte[] typeId(byte[] p, List<WireBuilder.Mark> marks, Random r,
      List<String> done) {
    List<WireBuilder.Mark> types = marks.stream().filter(m -> m.kind() != WireBuilder.Kind.LENGTH
        && m.offset() + m.width() <= p.length).toList();
    if (types.isEmpty()) {
      return boundary(p, r, done);
    }
    WireBuilder.Mark m = types.get(r.nextInt(types.size()));
    int v = r.nextInt(3) == 0 ? r.nextInt(256)
        : m.kind() == WireBuilder.Kind.FLAGS ? FLAGS[r.nextInt(FLAGS.length)]
        : TYPE_IDS[r.nextInt(TYPE_IDS.length)];
    byte[] c = p.clone();
    c[m.offset()] = (byte) v;
    done.add(String.format("type @%d 0x%02X→0x%02X", m.offset(), p[m.offset()] & 0xFF, v));
    return c;
  }

  private static byte[] truncate(byte[] p, Random r, List<String> done) {
    int at = r.nextInt(p.length);
    done.add("truncate @" + at);
    return Arrays.copyOf(p, at);
  }

  private static byte[] duplicateOrDrop(byte[] p, Random r, List<String> done) {
    int from = r.nextInt(p.length);
    int to = Math.min(p.length, from + 1 + r.nextInt(Math.min(64, p.length)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(p, 0, to);
    if (r.nextBoolean()) {
      out.write(p, from, to - from);
      done.add("duplicate @" + from + ".." + to);
    } else {
      out.reset();
      out.write(p, 0, from);
      done.add("drop @" + from + ".." + to);
    }
    out.write(p, to, p.length - to);
    return out.toByteArray();
  }

  private static byte[] insert(byte[] p, Random r, List<String> done) {
    int at = p.length == 0 ? 0 : r.nextInt(p.length + 1);
    byte[] extra = new byte[1 + r.nextInt(8)];
    if (r.nextBoolean()) {
      r.nextBytes(extra);
    } else {
      Arrays.fill(extra, (byte) BOUNDARY_BYTES[r.nextInt(BOUNDARY_BYTES.length)]);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(p, 0, at);
    out.writeBytes(extra);
    out.write(p, at, p.length - at);
    done.add("insert " + extra.length + " @" + at);
    return out.toByteArray();
  }

  // ---- framing ------------------------------------------------------------------------------

  /** Writes {@code m} with broken framing; true when the server may rightly wait for more. */
  private static boolean frame(FuzzMessage m, Random r, ByteArrayOutputStream wire,
      List<String> done) {
    int chunk = r.nextBoolean() ? 1 + r.nextInt(16) : PAYLOAD_PER_PACKET;
    byte[] packets = RawTdsSession.packets(m.type(), m.payload(), chunk);
    List<Integer> starts = packetStarts(packets);
    int which = starts.get(r.nextInt(starts.size()));
    int last = starts.getLast();
    boolean incomplete = false;
    switch (r.nextInt(7)) {
      case 0 -> done.add("packets of " + chunk);
      case 1 -> {
        int status = r.nextInt(256);
        packets[which + 1] = (byte) status;
        done.add(String.format("packets of %d, status 0x%02X @%d", chunk, status, which));
        // An early EOM ends the message there; the packets after it make another one.
        incomplete = (packets[last + 1] & RawTds.EOM) == 0;
      }
      case 2 -> {
        packets[which + 4] = (byte) r.nextInt(256);
        packets[which + 5] = (byte) r.nextInt(256);
        packets[which + 6] = (byte) r.nextInt(256);
        done.add("packets of " + chunk + ", spid/id @" + which);
      }
      case 3 -> {
        int length = (((packets[which + 2] & 0xFF) << 8) | (packets[which + 3] & 0xFF));
        int v = r.nextBoolean() ? r.nextInt(65536) : length + 1 + r.nextInt(8);
        packets[which + 2] = (byte) (v >> 8);
        packets[which + 3] = (byte) v;
        done.add("packets of " + chunk + ", length " + length + "→" + v + " @" + which);
        incomplete = true;
      }
      case 4 -> {
        int[] types = {RawTds.SQL_BATCH, RawTds.RPC, RawTds.BULK_LOAD,
            RawTds.TRANSACTION_MANAGER, RawTds.ATTENTION, 0x02, 0x04, 0x11, 0x13, 0x20};
        int t = types[r.nextInt(types.length)];
        packets[which] = (byte) t;
        done.add("packets of " + chunk + ", type 0x" + Integer.toHexString(t) + " @" + which);
      }
      case 5 -> {
        // ATTENTION between two packets of the message (or after its only one).
        int at = starts.size() > 1 ? starts.get(1 + r.nextInt(starts.size() - 1)) : packets.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(packets, 0, at);
        out.writeBytes(RawTds.packet(RawTds.ATTENTION, RawTds.EOM, new byte[0]));
        out.write(packets, at, packets.length - at);
        packets = out.toByteArray();
        done.add("packets of " + chunk + ", attention @" + at);
      }
      default -> {
        // The message ends without EOM: the server must wait, then drop it with the connection.
        packets[last + 1] = 0;
        done.add("packets of " + chunk + ", no EOM");
        incomplete = true;
      }
    }
    wire.writeBytes(packets);
    return incomplete;
  }

  private static List<Integer> packetStarts(byte[] packets) {
    List<Integer> starts = new ArrayList<>();
    for (int at = 0; at < packets.length; ) {
      starts.add(at);
      at += ((packets[at + 2] & 0xFF) << 8) | (packets[at + 3] & 0xFF);
    }
    return starts;
  }

  private static long read(byte[] p, int at, int width) {
    long v = 0;
    for (int i = width - 1; i >= 0; i--) {
      v = (v << 8) | (p[at + i] & 0xFF);
    }
    return v;
  }

  private static void write(byte[] p, int at, int width, long v) {
    for (int i = 0; i < width; i++) {
      p[at + i] = (byte) (v >>> (8 * i));
    }
  }
}

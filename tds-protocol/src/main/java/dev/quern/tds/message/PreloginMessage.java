package dev.quern.tds.message;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.wire.Wire;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A PRELOGIN message, client request or server reply [MS-TDS §2.2.6.5]:
 *
 * <pre>
 * *(Token BYTE, Offset USHORT BE, Length USHORT BE) 0xFF  then the option data
 * </pre>
 *
 * Offsets count from the start of the payload. Options keep their wire order: encoding writes the
 * data contiguously in table order, which jTDS requires (it ignores the offsets).
 */
public record PreloginMessage(List<Option> options) {
  public static final int VERSION = 0x00;
  public static final int ENCRYPTION = 0x01;
  public static final int INSTOPT = 0x02;
  public static final int THREADID = 0x03;
  public static final int MARS = 0x04;
  public static final int TRACEID = 0x05;
  public static final int FEDAUTHREQUIRED = 0x06;
  public static final int NONCEOPT = 0x07;
  public static final int TERMINATOR = 0xFF;

  /** More options than any client sends; a longer table is garbage. */
  public static final int MAX_OPTIONS = 32;

  /** The payload is a single packet before the packet size is negotiated. */
  public static final int MAX_PAYLOAD_BYTES = 4096;

  /** One option: its token and its data. */
  public record Option(int token, byte[] data) {
    public Option {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Option other && token == other.token && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
      return 31 * token + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Option[" + name(token) + "=" + HexFormat.of().formatHex(data) + "]";
    }
  }

  public PreloginMessage {
    options = List.copyOf(options);
  }

  public static PreloginMessage decode(ByteBuf in) {
    int start = in.readerIndex();
    int total = in.readableBytes();
    if (total > MAX_PAYLOAD_BYTES) {
      throw new TdsProtocolException("PRELOGIN of " + total + " bytes exceeds " + MAX_PAYLOAD_BYTES);
    }
    List<int[]> table = new ArrayList<>();
    while (true) {
      Wire.require(in, 1, "PRELOGIN option token");
      int token = in.readUnsignedByte();
      if (token == TERMINATOR) {
        break;
      }
      if (table.size() == MAX_OPTIONS) {
        throw new TdsProtocolException("PRELOGIN has more than " + MAX_OPTIONS + " options");
      }
      Wire.require(in, 4, "PRELOGIN option header");
      table.add(new int[] {token, in.readUnsignedShort(), in.readUnsignedShort()});
    }
    List<Option> options = new ArrayList<>(table.size());
    int dataEnd = in.readerIndex() - start;
    for (int[] t : table) {
      if (t[1] + t[2] > total) {
        throw new TdsProtocolException(
            "PRELOGIN option " + name(t[0]) + " points outside the message");
      }
      byte[] data = new byte[t[2]];
      in.getBytes(start + t[1], data);
      options.add(new Option(t[0], data));
      dataEnd = Math.max(dataEnd, t[1] + t[2]);
    }
    in.readerIndex(start + Math.max(dataEnd, in.readerIndex() - start));
    return new PreloginMessage(options);
  }

  public void encode(ByteBuf out) {
    int offset = options.size() * 5 + 1;
    for (Option o : options) {
      out.writeByte(o.token());
      out.writeShort(offset);
      out.writeShort(o.data.length);
      offset += o.data.length;
    }
    out.writeByte(TERMINATOR);
    for (Option o : options) {
      out.writeBytes(o.data);
    }
  }

  /** The option's data, or null when absent. */
  public byte[] option(int token) {
    for (Option o : options) {
      if (o.token() == token) {
        return o.data();
      }
    }
    return null;
  }

  public boolean has(int token) {
    return option(token) != null;
  }

  /** The ENCRYPTION byte, or -1 when the option is absent or empty. */
  public int encryption() {
    byte[] e = option(ENCRYPTION);
    return e == null || e.length == 0 ? -1 : e[0] & 0xFF;
  }

  /** The VERSION option as (major, minor, build, subbuild), or null. */
  public Version version() {
    byte[] v = option(VERSION);
    if (v == null || v.length < 6) {
      return null;
    }
    return new Version(
        v[0] & 0xFF, v[1] & 0xFF, ((v[2] & 0xFF) << 8) | (v[3] & 0xFF),
        ((v[5] & 0xFF) << 8) | (v[4] & 0xFF));
  }

  /** UL_VERSION + US_SUBBUILD of the VERSION option. */
  public record Version(int major, int minor, int build, int subBuild) {
    /** The six option bytes: major, minor, build BE, subbuild LE. */
    public byte[] toBytes() {
      return new byte[] {
        (byte) major, (byte) minor, (byte) (build >> 8), (byte) build, (byte) subBuild,
        (byte) (subBuild >> 8)
      };
    }
  }

  static String name(int token) {
    return switch (token) {
      case VERSION -> "VERSION";
      case ENCRYPTION -> "ENCRYPTION";
      case INSTOPT -> "INSTOPT";
      case THREADID -> "THREADID";
      case MARS -> "MARS";
      case TRACEID -> "TRACEID";
      case FEDAUTHREQUIRED -> "FEDAUTHREQUIRED";
      case NONCEOPT -> "NONCEOPT";
      default -> "0x" + Integer.toHexString(token);
    };
  }
}

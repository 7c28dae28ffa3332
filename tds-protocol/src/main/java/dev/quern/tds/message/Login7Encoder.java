package dev.quern.tds.message;

import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** Lays out a {@link Login7Message} the way clients do: strings in field order, features last. */
final class Login7Encoder {
  private Login7Encoder() {}

  static void encode(Login7Message m, ByteBuf out) {
    boolean v72 = TdsVersion.atLeast72(m.tdsVersion());
    int fixed = v72 ? Login7Message.FIXED_LENGTH_72 : Login7Message.FIXED_LENGTH_71;
    int start = out.writerIndex();
    out.writeZero(fixed);
    int[] pos = {fixed};
    out.setIntLE(start + 4, m.tdsVersion());
    out.setIntLE(start + 8, m.packetSize());
    out.setIntLE(start + 12, m.clientProgVer());
    out.setIntLE(start + 16, m.clientPid());
    out.setIntLE(start + 20, m.connectionId());
    out.setByte(start + 24, m.optionFlags1());
    out.setByte(start + 25, m.optionFlags2());
    out.setByte(start + 26, m.typeFlags());
    out.setByte(start + 27, m.optionFlags3());
    out.setIntLE(start + 28, m.clientTimeZone());
    out.setIntLE(start + 32, m.clientLcid());
    string(out, start, 36, pos, m.hostName().getBytes(StandardCharsets.UTF_16LE));
    string(out, start, 40, pos, m.userName().getBytes(StandardCharsets.UTF_16LE));
    string(out, start, 44, pos, obfuscated(m.password()));
    string(out, start, 48, pos, m.appName().getBytes(StandardCharsets.UTF_16LE));
    string(out, start, 52, pos, m.serverName().getBytes(StandardCharsets.UTF_16LE));
    int extensionAt = pos[0];
    if (m.features() != null) {
      out.setShortLE(start + 56, extensionAt);
      out.setShortLE(start + 58, 4);
      out.writeIntLE(0); // patched below with the FeatureExt offset
      pos[0] += 4;
    } else {
      out.setShortLE(start + 56, pos[0]);
    }
    string(out, start, 60, pos, m.clientInterfaceName().getBytes(StandardCharsets.UTF_16LE));
    string(out, start, 64, pos, m.language().getBytes(StandardCharsets.UTF_16LE));
    string(out, start, 68, pos, m.database().getBytes(StandardCharsets.UTF_16LE));
    out.setBytes(start + 72, m.clientId());
    byte[] sspi = m.sspi();
    out.setShortLE(start + 78, pos[0]);
    out.setShortLE(start + 80, sspi.length);
    out.writeBytes(sspi);
    pos[0] += sspi.length;
    string(out, start, 82, pos, m.attachDbFile().getBytes(StandardCharsets.UTF_16LE));
    if (v72) {
      string(out, start, 86, pos, obfuscated(m.changePassword()));
    }
    if (m.features() != null) {
      out.setIntLE(start + extensionAt, pos[0]);
      for (FeatureExtension f : m.features()) {
        byte[] data = f.data();
        out.writeByte(f.featureId());
        out.writeIntLE(data.length);
        out.writeBytes(data);
      }
      out.writeByte(FeatureExtension.TERMINATOR);
    }
    out.setIntLE(start, out.writerIndex() - start);
  }

  private static byte[] obfuscated(String s) {
    return Login7Message.obfuscate(s.getBytes(StandardCharsets.UTF_16LE), false);
  }

  private static void string(ByteBuf out, int start, int at, int[] pos, byte[] utf16) {
    out.setShortLE(start + at, pos[0]);
    out.setShortLE(start + at + 2, utf16.length / 2);
    out.writeBytes(utf16);
    pos[0] += utf16.length;
  }
}

package dev.quern.tds.token;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.message.FeatureExtension;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * FEATUREEXTACK [MS-TDS §2.2.7.11]: {@code 0xAE *(FeatureId BYTE, FeatureAckDataLen DWORD,
 * FeatureAckData) 0xFF}, after LOGINACK, TDS 7.4 only. Clients treat an ack for a feature they did
 * not request as a protocol error, so only requested and implemented features are acked.
 */
public record FeatureExtAckToken(List<FeatureExtension> features) {
  /** Bounds the data of one acknowledged feature when reading. */
  public static final int MAX_FEATURE_DATA = 64 * 1024;

  public FeatureExtAckToken {
    features = List.copyOf(features);
  }

  /** The UTF-8 support ack: {@code AE 0A 01 00 00 00 01 FF}. */
  public static FeatureExtAckToken utf8Support() {
    return new FeatureExtAckToken(
        List.of(new FeatureExtension(FeatureExtension.UTF8_SUPPORT, new byte[] {1})));
  }

  public static FeatureExtAckToken decode(ByteBuf in, int tdsVersion) {
    int start = in.readerIndex();
    if (!in.isReadable()) {
      return null;
    }
    TokenFrames.expectType(in.getUnsignedByte(start), TokenType.FEATUREEXTACK);
    int at = start + 1;
    List<FeatureExtension> out = new ArrayList<>();
    while (true) {
      if (in.writerIndex() <= at) {
        return null;
      }
      int id = in.getUnsignedByte(at);
      if (id == FeatureExtension.TERMINATOR) {
        in.readerIndex(at + 1);
        return new FeatureExtAckToken(out);
      }
      if (in.writerIndex() < at + 5) {
        return null;
      }
      int len = in.getIntLE(at + 1);
      if (len < 0 || len > MAX_FEATURE_DATA) {
        throw new TdsProtocolException("FEATUREEXTACK data length " + len);
      }
      if (in.writerIndex() < at + 5 + len) {
        return null;
      }
      byte[] data = new byte[len];
      in.getBytes(at + 5, data);
      out.add(new FeatureExtension(id, data));
      at += 5 + len;
    }
  }

  public void encode(ByteBuf out, int tdsVersion) {
    out.writeByte(TokenType.FEATUREEXTACK);
    for (FeatureExtension f : features) {
      byte[] data = f.data();
      out.writeByte(f.featureId());
      out.writeIntLE(data.length);
      out.writeBytes(data);
    }
    out.writeByte(FeatureExtension.TERMINATOR);
  }
}

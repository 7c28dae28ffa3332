package dev.quern.tds.message;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One entry of LOGIN7's FeatureExt block or of FEATUREEXTACK [MS-TDS §2.2.6.4, §2.2.7.11]:
 * FeatureId BYTE, FeatureDataLen DWORD, FeatureData.
 */
public record FeatureExtension(int featureId, byte[] data) {
  public static final int SESSIONRECOVERY = 0x01;
  public static final int FEDAUTH = 0x02;
  public static final int COLUMNENCRYPTION = 0x04;
  public static final int GLOBALTRANSACTIONS = 0x05;
  public static final int AZURESQLSUPPORT = 0x08;
  public static final int DATACLASSIFICATION = 0x09;
  public static final int UTF8_SUPPORT = 0x0A;
  public static final int AZURESQLDNSCACHING = 0x0B;
  public static final int JSONSUPPORT = 0x0D;
  public static final int VECTORSUPPORT = 0x0E;
  public static final int ENHANCEDROUTINGSUPPORT = 0x0F;
  public static final int USERAGENT = 0x10;
  public static final int TERMINATOR = 0xFF;

  public FeatureExtension {
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureExtension f && featureId == f.featureId && Arrays.equals(data, f.data);
  }

  @Override
  public int hashCode() {
    return 31 * featureId + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "FeatureExtension[id=0x"
        + Integer.toHexString(featureId)
        + ", data="
        + HexFormat.of().formatHex(data)
        + "]";
  }
}

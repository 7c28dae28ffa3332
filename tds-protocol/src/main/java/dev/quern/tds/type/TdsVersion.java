package dev.quern.tds.type;

/**
 * The TDS protocol versions Quern speaks, as the DWORD constants of LOGIN7/LOGINACK [MS-TDS §2.2.6.4,
 * Appendix A &lt;69&gt;].
 *
 * <p>8.0 (0x08000000) is numerically the smallest constant but the newest protocol, so compare
 * versions only through {@link #rank(int)} and the {@code atLeast*} helpers, never with {@code <}.
 */
public final class TdsVersion {
  public static final int V7_0 = 0x70000000;
  public static final int V7_1 = 0x71000001;
  public static final int V7_2 = 0x72090002;
  public static final int V7_3A = 0x730A0003;
  public static final int V7_3B = 0x730B0003;
  public static final int V7_4 = 0x74000004;
  public static final int V8_0 = 0x08000000;

  private TdsVersion() {}

  /** An order-preserving rank: 7.0 &lt; 7.1 &lt; 7.2 &lt; 7.3A &lt; 7.3B &lt; 7.4 &lt; 8.0. */
  public static long rank(int version) {
    // 8.0 is encoded as 0x08000000; lift it above every 7.x constant.
    return version == V8_0 ? 0x1_0000_0000L : Integer.toUnsignedLong(version);
  }

  public static boolean atLeast72(int version) {
    return rank(version) >= rank(V7_2);
  }

  public static boolean atLeast73(int version) {
    return rank(version) >= rank(V7_3A);
  }

  /** 7.3B is the first version with NBCROW [MS-TDS §2.2.7.14]. */
  public static boolean atLeast73B(int version) {
    return rank(version) >= rank(V7_3B);
  }

  public static boolean atLeast74(int version) {
    return rank(version) >= rank(V7_4);
  }

  /**
   * The version to speak with a client, from the LOGIN7 TDSVersion DWORD read little-endian (which
   * equals the constant). The server answers with min(client, highest known) [MS-TDS §2.2.6.4], so
   * a value between two known constants maps to the lower one and anything above 7.4 to 7.4.
   *
   * @throws dev.quern.tds.TdsProtocolException for a version below 7.0
   */
  public static int fromLogin(int rawLe) {
    if (rawLe == V8_0) {
      return V8_0;
    }
    int[] known = {V7_4, V7_3B, V7_3A, V7_2, V7_1, V7_0};
    for (int v : known) {
      if (Integer.compareUnsigned(rawLe, v) >= 0) {
        return v;
      }
    }
    throw new dev.quern.tds.TdsProtocolException(
        "Unsupported TDS version 0x" + Integer.toHexString(rawLe));
  }

  /** A readable name such as "7.4", for logs. */
  public static String name(int version) {
    return switch (version) {
      case V7_0 -> "7.0";
      case V7_1 -> "7.1";
      case V7_2 -> "7.2";
      case V7_3A -> "7.3A";
      case V7_3B -> "7.3B";
      case V7_4 -> "7.4";
      case V8_0 -> "8.0";
      default -> "0x" + Integer.toHexString(version);
    };
  }
}

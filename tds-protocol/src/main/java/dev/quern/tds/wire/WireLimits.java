package dev.quern.tds.wire;

/** Named bounds on lengths read from the wire; every reader checks against one before allocating. */
public final class WireLimits {
  /** B_VARCHAR: a one-byte character count. */
  public static final int MAX_B_VARCHAR_CHARS = 255;

  /** US_VARCHAR: a two-byte character count. */
  public static final int MAX_US_VARCHAR_CHARS = 65_535;

  /** B_VARBYTE: a one-byte byte count. */
  public static final int MAX_B_VARBYTE_BYTES = 255;

  /**
   * The largest request message the server assembles (a 10 MB nvarchar(max) parameter is 20 MB of
   * UTF-16; leave room for several such parameters).
   */
  public static final int MAX_MESSAGE_BYTES = 128 * 1024 * 1024;

  private WireLimits() {}
}

package dev.quern.tds.token;

/** Status bits of DONE, DONEPROC and DONEINPROC [MS-TDS §2.2.7.6–§2.2.7.8]. */
public final class DoneStatus {
  public static final int FINAL = 0x0000;
  public static final int MORE = 0x0001;
  public static final int ERROR = 0x0002;
  public static final int INXACT = 0x0004;
  public static final int COUNT = 0x0010;
  public static final int ATTN = 0x0020;
  public static final int RPCINBATCH = 0x0080;
  public static final int SRVERROR = 0x0100;

  private DoneStatus() {}

  /** Names the bits set, e.g. "MORE|COUNT", for logs and toString. */
  public static String describe(int status) {
    StringBuilder b = new StringBuilder();
    String[] names = {"MORE", "ERROR", "INXACT", null, "COUNT", "ATTN", null, "RPCINBATCH", "SRVERROR"};
    for (int i = 0; i < names.length; i++) {
      if ((status & (1 << i)) != 0) {
        b.append(b.isEmpty() ? "" : "|").append(names[i] == null ? "0x" + Integer.toHexString(1 << i) : names[i]);
      }
    }
    return b.isEmpty() ? "FINAL" : b.toString();
  }
}

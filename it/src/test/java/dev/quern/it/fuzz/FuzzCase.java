package dev.quern.it.fuzz;

/**
 * The bytes of one fuzz case as they go on the socket, what was done to them, and whether the
 * framing was broken so that the server may rightly wait for more bytes ({@code incomplete}: a
 * message without EOM, a packet claiming more bytes than sent) rather than answer, and whether an
 * intact ATTENTION ends it (its acknowledgement must then be the last answer).
 */
public record FuzzCase(long number, String seed, String mutations, byte[] wire,
    boolean incomplete, boolean endsWithAttention) {

  /** The first bytes of the case in hex, for a report that lets someone replay it. */
  public String hex(int limit) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(limit, wire.length); i++) {
      s.append(String.format("%02x", wire[i] & 0xFF));
    }
    return wire.length > limit ? s + "…(" + wire.length + " bytes)" : s.toString();
  }

  @Override
  public String toString() {
    return "case " + number + " [" + seed + "] " + mutations + (incomplete ? " (incomplete)" : "");
  }
}

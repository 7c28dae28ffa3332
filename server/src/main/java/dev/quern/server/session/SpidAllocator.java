package dev.quern.server.session;

import java.util.BitSet;

/**
 * Hands out session ids the way SQL Server numbers user sessions: from 51 up, reusing freed ids,
 * never above 32767 (the SPID travels in a USHORT of every packet header).
 */
public final class SpidAllocator {
  public static final int FIRST_USER_SPID = 51;
  public static final int MAX_SPID = 32_767;

  private final BitSet used = new BitSet();

  /** The lowest free id. */
  public synchronized int allocate() {
    int spid = used.nextClearBit(FIRST_USER_SPID);
    if (spid > MAX_SPID) {
      throw new IllegalStateException("No free session id");
    }
    used.set(spid);
    return spid;
  }

  public synchronized void release(int spid) {
    used.clear(spid);
  }

  public synchronized int inUse() {
    return used.cardinality();
  }
}

package dev.quern.python.shm;

import java.io.IOException;

/** A chunk did not fit its region; the writer retries with fewer rows. */
public final class RegionFullException extends IOException {
  private static final long serialVersionUID = 1L;

  public RegionFullException(long capacity) {
    super("chunk larger than the region of " + capacity + " bytes");
  }
}

package dev.quern.it.fuzz;

import java.util.List;

/** One client message of a fuzz case: packet type, payload, and the payload's marked fields. */
public record FuzzMessage(int type, byte[] payload, List<WireBuilder.Mark> marks) {
  public static FuzzMessage of(int type, WireBuilder w) {
    return new FuzzMessage(type, w.toBytes(), w.marks());
  }

  public FuzzMessage withPayload(byte[] changed) {
    return new FuzzMessage(type, changed, marks);
  }

  public FuzzMessage withType(int changed) {
    return new FuzzMessage(changed, payload, marks);
  }
}

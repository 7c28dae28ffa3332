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

  /** This message with its last status-flags byte (its last parameter's) set to {@code v}. */
  public FuzzMessage withLastFlags(int v) {
    WireBuilder.Mark last = marks.reversed().stream()
        .filter(m -> m.kind() == WireBuilder.Kind.FLAGS).findFirst().orElseThrow();
    byte[] changed = payload.clone();
    changed[last.offset()] = (byte) v;
    return withPayload(changed);
  }
}

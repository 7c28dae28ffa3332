package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether a trigger is INSTEAD OF is part of its stored record; older records are AFTER triggers. */
class InsteadOfTriggerCodecTest {
  @Test
  void insteadOfRoundTrips() {
    Trigger t = new Trigger(10, 2, "tr", "CREATE TRIGGER tr ON v INSTEAD OF INSERT AS SELECT 1", 9, Set.of("INSERT"),
        false, true);

    Trigger back = (Trigger) MetaCodec.decodeObject(MetaCodec.encode(t));

    assertThat(back).isEqualTo(t);
    assertThat(back.insteadOf()).isTrue();
  }

  @Test
  void recordsWrittenBeforeInsteadOfReadAsAfterTriggers() {
    Trigger t = new Trigger(10, 2, "tr", "CREATE TRIGGER tr ON t AFTER DELETE AS SELECT 1", 9, Set.of("DELETE"), true);
    byte[] bytes = MetaCodec.encode(t);
    // Without the INSTEAD OF and parent class bytes and the (empty, one byte each) trigger orders.
    byte[] old = Arrays.copyOf(bytes, bytes.length - 4);

    Trigger back = (Trigger) MetaCodec.decodeObject(old);

    assertThat(back).isEqualTo(t);
    assertThat(back.insteadOf()).isFalse();
  }
}

package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The events a trigger fires first or last for (sp_settriggerorder) are part of its stored record. */
class TriggerOrderCodecTest {
  private static final Trigger PLAIN = new Trigger(10, 2, "tr", "CREATE TRIGGER tr ON t AFTER INSERT, UPDATE AS SELECT 1",
      9, Set.of("INSERT", "UPDATE"), false);

  @Test
  void orderRoundTrips() {
    Trigger t = PLAIN.withOrder("INSERT", "First").withOrder("UPDATE", "Last");

    Trigger back = (Trigger) MetaCodec.decodeObject(MetaCodec.encode(t));

    assertThat(back).isEqualTo(t);
    assertThat(back.firstFor()).containsExactly("INSERT");
    assertThat(back.lastFor()).containsExactly("UPDATE");
  }

  @Test
  void noneTakesTheTriggerOutOfItsPlace() {
    Trigger t = PLAIN.withOrder("INSERT", "First").withOrder("INSERT", "None");

    assertThat(t.firstFor()).isEmpty();
    assertThat(t.lastFor()).isEmpty();
  }

  @Test
  void recordsWrittenBeforeTriggerOrdersHaveNone() {
    byte[] bytes = MetaCodec.encode(PLAIN);
    byte[] old = Arrays.copyOf(bytes, bytes.length - 2); // without the two (empty) orders

    Trigger back = (Trigger) MetaCodec.decodeObject(old);

    assertThat(back).isEqualTo(PLAIN);
  }
}

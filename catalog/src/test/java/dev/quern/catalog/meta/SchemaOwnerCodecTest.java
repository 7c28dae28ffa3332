package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A schema's owner is part of its stored record; older records read with the standard owner. */
class SchemaOwnerCodecTest {
  @Test
  void ownerRoundTrips() {
    Schema s = new Schema(10, 5, "sales", 7);

    assertThat(MetaCodec.decodeSchema(MetaCodec.encode(s))).isEqualTo(s);
  }

  @Test
  void recordsWrittenBeforeOwnersReadWithTheStandardOwner() {
    byte[] bytes = MetaCodec.encode(new Schema(10, 5, "sys", 7));
    byte[] old = Arrays.copyOf(bytes, bytes.length - 4); // without the owner

    assertThat(MetaCodec.decodeSchema(old)).isEqualTo(new Schema(10, 5, "sys", 4));
    assertThat(new Schema(11, 5, "sales").principalId()).isEqualTo(1);
  }
}

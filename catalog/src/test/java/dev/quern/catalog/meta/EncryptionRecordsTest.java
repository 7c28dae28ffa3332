package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Keys and certificates round-trip through their codec; certificates and keys share one numbering. */
class EncryptionRecordsTest {
  private static final Instant WHEN = Instant.ofEpochMilli(1_700_000_000_000L);

  @Test
  void masterKeyRoundTripsWithAndWithoutItsServiceKeyEncryption() {
    DatabaseMasterKey k = new DatabaseMasterKey(7, UUID.randomUUID(), List.of(new byte[] {1, 2}, new byte[] {3}),
        null, WHEN, WHEN.plusSeconds(1));
    DatabaseMasterKey back = EncryptionCodec.decodeMasterKey(EncryptionCodec.encode(k));
    assertThat(back.guid()).isEqualTo(k.guid());
    assertThat(back.byPasswords()).containsExactly(new byte[] {1, 2}, new byte[] {3});
    assertThat(back.byServiceKey()).isNull();
    assertThat(back.modified()).isEqualTo(WHEN.plusSeconds(1));
  }

  @Test
  void certificateAndSymmetricKeyRoundTrip() {
    Certificate c = new Certificate(7, 256, "Sales09", 1, new byte[] {0x30, 0}, "NA", null, WHEN, null);
    assertThat(EncryptionCodec.decodeCertificate(EncryptionCodec.encode(c))).usingRecursiveComparison().isEqualTo(c);
    SymmetricKey k = new SymmetricKey(7, 257, "k", 5, "AES_256", UUID.randomUUID(),
        List.of(new SymmetricKey.Encryption("ESKP", null, new byte[] {9}),
            new SymmetricKey.Encryption("ESUC", new byte[] {1, 2, 3}, new byte[] {4})), WHEN, WHEN);
    assertThat(EncryptionCodec.decodeSymmetricKey(EncryptionCodec.encode(k))).usingRecursiveComparison().isEqualTo(k);
  }

  @Test
  void keysOfOneDatabaseAreFoundByNameIdAndGuidAndNumberedTogether() {
    UUID guid = UUID.randomUUID();
    EncryptionRecords r = new EncryptionRecords(List.of(),
        List.of(new Certificate(7, 256, "Cert", 1, new byte[0], "NA", null, WHEN, null)),
        List.of(new SymmetricKey(7, 257, "Key", 1, "AES_128", guid, List.of(), WHEN, WHEN),
            new SymmetricKey(8, 256, "Key", 1, "AES_128", UUID.randomUUID(), List.of(), WHEN, WHEN)));
    assertThat(r.symmetricKey(7, "KEY").map(SymmetricKey::keyId)).contains(257);
    assertThat(r.symmetricKey(7, guid).map(SymmetricKey::name)).contains("Key");
    assertThat(r.certificate(7, 256).map(Certificate::name)).contains("Cert");
    assertThat(r.nextId(7)).isEqualTo(258);
    assertThat(r.nextId(9)).isEqualTo(Certificate.FIRST_ID);
  }
}

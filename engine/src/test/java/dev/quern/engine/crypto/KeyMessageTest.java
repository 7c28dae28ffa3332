package dev.quern.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ENCRYPTBYKEY's message, the service master key's file, and what each refuses. */
class KeyMessageTest {
  private static final byte[] TEXT = "4111 1111 1111 1111".getBytes(StandardCharsets.UTF_16LE);

  @Test
  void everyAlgorithmDecryptsWhatItEncryptedAndNamesItsKey() {
    for (KeyAlgorithm a : KeyAlgorithm.values()) {
      UUID guid = UUID.randomUUID();
      byte[] key = a.newKey();
      byte[] message = KeyMessage.encrypt(guid, a, key, new byte[0], TEXT);
      assertThat(KeyMessage.keyGuid(message)).contains(guid);
      assertThat(message[16]).isEqualTo((byte) 1);
      assertThat(message.length).isEqualTo(20 + a.blockSize() + ((8 + TEXT.length) / a.blockSize() + 1) * a.blockSize());
      assertThat(KeyMessage.decrypt(a, key, message, new byte[0])).isEqualTo(TEXT);
    }
  }

  @Test
  void anotherKeyOrAnotherAuthenticatorGivesNull() {
    byte[] key = KeyAlgorithm.AES_256.newKey();
    byte[] check = SealedText.integrity("row 1".getBytes(StandardCharsets.US_ASCII));
    byte[] message = KeyMessage.encrypt(UUID.randomUUID(), KeyAlgorithm.AES_256, key, check, TEXT);
    assertThat(KeyMessage.decrypt(KeyAlgorithm.AES_256, key, message, check)).isEqualTo(TEXT);
    assertThat(KeyMessage.decrypt(KeyAlgorithm.AES_256, key, message, new byte[0])).isNull();
    assertThat(KeyMessage.decrypt(KeyAlgorithm.AES_256, KeyAlgorithm.AES_256.newKey(), message, check)).isNull();
    assertThat(KeyMessage.decrypt(KeyAlgorithm.AES_256, key, new byte[30], check)).isNull();
  }

  @Test
  void keySourceDerivesTheSameKeyEveryTime() {
    byte[] phrase = "phrase".getBytes(StandardCharsets.UTF_16LE);
    assertThat(KeyAlgorithm.AES_192.derive(phrase)).hasSize(24).isEqualTo(KeyAlgorithm.AES_192.derive(phrase));
  }

  @Test
  void serviceMasterKeyIsMadeOnceReadableByItsOwnerOnlyAndOpensOnlyItsOwnMessages(@TempDir Path dir)
      throws Exception {
    byte[] message = ServiceMasterKey.open(dir).encrypt(TEXT);
    assertThat(ServiceMasterKey.open(dir).decrypt(message)).isEqualTo(TEXT);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(ServiceMasterKey.FILE))))
        .isEqualTo("rw-------");
    Path other = Files.createDirectory(dir.resolve("other"));
    assertThat(ServiceMasterKey.open(other).decrypt(message)).isNull();
  }
}

package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keys and stored form of the encryption hierarchy's records (kind 0x1A): {@code 00 02 1A
 * database:u32 sort:u8 id:u32}, sort 1 a database master key (id 101), 2 a certificate, 3 a
 * symmetric key. Key material is stored only as its protectors encrypted it.
 */
final class EncryptionCodec {
  static final byte KIND = 0x1A;
  private static final int MASTER_KEY = 1;
  private static final int CERTIFICATE = 2;
  private static final int SYMMETRIC_KEY = 3;
  private static final int FORMAT = 1;

  private EncryptionCodec() {}

  static byte[] masterKeyKey(int databaseId) {
    return key(databaseId, MASTER_KEY, DatabaseMasterKey.KEY_ID);
  }

  static byte[] certificateKey(int databaseId, int id) {
    return key(databaseId, CERTIFICATE, id);
  }

  static byte[] symmetricKeyKey(int databaseId, int id) {
    return key(databaseId, SYMMETRIC_KEY, id);
  }

  private static byte[] key(int databaseId, int sort, int id) {
    return new ByteSink(12).put(SystemKeys.SYSTEM).put(SystemKeys.CATALOG).put(KIND).putInt(databaseId).put(sort)
        .putInt(id).toBytes();
  }

  /** Which record a stored value is: the sort byte of its key. */
  static int sortOf(byte[] key) {
    return key[7];
  }

  static boolean isMasterKey(byte[] key) {
    return sortOf(key) == MASTER_KEY;
  }

  static boolean isCertificate(byte[] key) {
    return sortOf(key) == CERTIFICATE;
  }

  static byte[] encode(DatabaseMasterKey k) {
    ByteSink out = new ByteSink(128).put(FORMAT).putInt(k.databaseId());
    guid(out, k.guid());
    out.putVarint(k.byPasswords().size());
    k.byPasswords().forEach(b -> bytes(out, b));
    bytes(out, k.byServiceKey());
    return out.putLong(k.created().toEpochMilli()).putLong(k.modified().toEpochMilli()).toBytes();
  }

  static DatabaseMasterKey decodeMasterKey(byte[] b) {
    ByteSource r = start(b);
    int databaseId = r.getInt();
    UUID guid = guid(r);
    List<byte[]> passwords = new ArrayList<>();
    for (long n = r.getVarint(); n > 0; n--) {
      passwords.add(bytes(r));
    }
    byte[] service = bytes(r);
    return new DatabaseMasterKey(databaseId, guid, passwords, service, Instant.ofEpochMilli(r.getLong()),
        Instant.ofEpochMilli(r.getLong()));
  }

  static byte[] encode(Certificate c) {
    ByteSink out = new ByteSink(1024).put(FORMAT).putInt(c.databaseId()).putInt(c.certificateId());
    text(out, c.name());
    out.putInt(c.principalId());
    bytes(out, c.der());
    text(out, c.protection());
    bytes(out, c.privateKey());
    out.putLong(c.created().toEpochMilli());
    return out.putLong(c.lastBackup() == null ? Long.MIN_VALUE : c.lastBackup().toEpochMilli()).toBytes();
  }

  static Certificate decodeCertificate(byte[] b) {
    ByteSource r = start(b);
    int databaseId = r.getInt();
    int id = r.getInt();
    String name = text(r);
    int principal = r.getInt();
    byte[] der = bytes(r);
    String protection = text(r);
    byte[] privateKey = bytes(r);
    Instant created = Instant.ofEpochMilli(r.getLong());
    long backup = r.getLong();
    return new Certificate(databaseId, id, name, principal, der, protection, privateKey, created,
        backup == Long.MIN_VALUE ? null : Instant.ofEpochMilli(backup));
  }

  static byte[] encode(SymmetricKey k) {
    ByteSink out = new ByteSink(256).put(FORMAT).putInt(k.databaseId()).putInt(k.keyId());
    text(out, k.name());
    out.putInt(k.principalId());
    text(out, k.algorithm());
    guid(out, k.guid());
    out.putVarint(k.encryptions().size());
    for (SymmetricKey.Encryption e : k.encryptions()) {
      text(out, e.cryptType());
      bytes(out, e.thumbprint());
      bytes(out, e.value());
    }
    return out.putLong(k.created().toEpochMilli()).putLong(k.modified().toEpochMilli()).toBytes();
  }

  static SymmetricKey decodeSymmetricKey(byte[] b) {
    ByteSource r = start(b);
    int databaseId = r.getInt();
    int id = r.getInt();
    String name = text(r);
    int principal = r.getInt();
    String algorithm = text(r);
    UUID guid = guid(r);
    List<SymmetricKey.Encryption> encryptions = new ArrayList<>();
    for (long n = r.getVarint(); n > 0; n--) {
      encryptions.add(new SymmetricKey.Encryption(text(r), bytes(r), bytes(r)));
    }
    return new SymmetricKey(databaseId, id, name, principal, algorithm, guid, encryptions,
        Instant.ofEpochMilli(r.getLong()), Instant.ofEpochMilli(r.getLong()));
  }

  private static ByteSource start(byte[] b) {
    ByteSource r = new ByteSource(b);
    int format = r.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown encryption record format " + format);
    }
    return r;
  }

  private static void guid(ByteSink out, UUID g) {
    out.putLong(g.getMostSignificantBits()).putLong(g.getLeastSignificantBits());
  }

  private static UUID guid(ByteSource r) {
    return new UUID(r.getLong(), r.getLong());
  }

  /** Bytes with a length, -1 for null (a key without a service key encryption, a certificate without a private key). */
  private static void bytes(ByteSink out, byte[] b) {
    if (b == null) {
      out.putInt(-1);
    } else {
      out.putInt(b.length).put(b);
    }
  }

  private static byte[] bytes(ByteSource r) {
    int n = r.getInt();
    return n < 0 ? null : r.get(n);
  }

  private static void text(ByteSink out, String s) {
    bytes(out, s.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(ByteSource r) {
    return new String(bytes(r), StandardCharsets.UTF_8);
  }
}

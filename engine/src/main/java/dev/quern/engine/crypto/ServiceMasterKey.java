package dev.quern.engine.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

/**
 * The server's service master key, the root of the encryption hierarchy: an AES-256 key made at
 * the first need and kept in the file {@code service_master.key} of the data directory, readable by
 * the server's own OS user only.
 *
 * <p>Why a file and not the catalog: SQL Server protects its service master key with Windows DPAPI,
 * outside every database, so a copied database or backup does not carry the means to open its own
 * master key (after a RESTORE on another server one must OPEN MASTER KEY by password). A file next to
 * the store, outside the store and outside BACKUP DATABASE images, keeps that property.
 */
public final class ServiceMasterKey {
  public static final String FILE = "service_master.key";
  private static final int GUID = 16;
  private static final int KEY = 32;

  private final UUID guid;
  private final byte[] key;

  private ServiceMasterKey(UUID guid, byte[] key) {
    this.guid = guid;
    this.key = key;
  }

  /** The key of the data directory {@code dir}, made (and written) when there is none yet. */
  public static ServiceMasterKey open(Path dir) {
    Path file = dir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        write(file);
      }
      byte[] b = Files.readAllBytes(file);
      if (b.length != GUID + KEY) {
        throw new IllegalStateException("The service master key file " + file + " has a wrong length");
      }
      ByteBuffer in = ByteBuffer.wrap(b);
      return new ServiceMasterKey(new UUID(in.getLong(), in.getLong()), Arrays.copyOfRange(b, GUID, b.length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file) throws IOException {
    SecureRandom random = new SecureRandom();
    byte[] k = new byte[KEY];
    random.nextBytes(k);
    UUID g = UUID.randomUUID();
    byte[] content = ByteBuffer.allocate(GUID + KEY).putLong(g.getMostSignificantBits())
        .putLong(g.getLeastSignificantBits()).put(k).array();
    Path temp = file.resolveSibling(FILE + ".new");
    Files.deleteIfExists(temp);
    // Created owner-only from the start: no moment when another OS user could open it.
    try {
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(temp); // not a POSIX file system: the directory's own protection applies
    }
    Files.write(temp, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
    try {
      Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(temp); // another start made it first
    }
  }

  /** {@code clear} encrypted by this key (the ENCRYPTBYKEY format, AES-256). */
  public byte[] encrypt(byte[] clear) {
    return KeyMessage.encrypt(guid, KeyAlgorithm.AES_256, key, new byte[0], clear);
  }

  /** The clear text, or null when another server's key encrypted it. */
  public byte[] decrypt(byte[] message) {
    return KeyMessage.keyGuid(message).filter(guid::equals).isPresent()
        ? KeyMessage.decrypt(KeyAlgorithm.AES_256, key, message, new byte[0])
        : null;
  }
}

package dev.quern.engine.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a backup set says of itself (RESTORE HEADERONLY): written in its SET_HEADER block, the
 * finish time and sizes in its SET_TRAILER block ({@link BackupFile} has the layout).
 *
 * @param lsns the set's type and LSNs (version 1 files, full backups only, kept one LSN: the
 *     snapshot's time in microseconds since 1970)
 * @param imageBytes the uncompressed bytes of the database image; its "pages" are these in 8 KB
 *     units, rounded up
 * @param setBytes the bytes of the backup set in the file (BackupSize; compressed when COMPRESSION)
 */
public record BackupSetHeader(
    int position,
    String databaseName,
    int databaseId,
    String collation,
    String name,
    String description,
    String serverName,
    String userName,
    long startMillis,
    long finishMillis,
    BackupLsns lsns,
    boolean copyOnly,
    boolean compressed,
    boolean checksums,
    long imageBytes,
    long setBytes) {
  public static final byte[] MAGIC = "QUERNBAK".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  public static final short VERSION = 2;
  private static final long PAGE = 8192;

  /** The 8 KB pages the image comes to (the N of "Processed N pages"). */
  public long pages() {
    return (imageBytes + PAGE - 1) / PAGE;
  }

  /** The SET_HEADER payload: magic, version, then the fields known when the backup starts. */
  byte[] encodeStart() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeShort(VERSION);
      out.writeInt(position);
      out.writeInt(databaseId);
      out.writeLong(startMillis);
      out.writeLong(lsns.first());
      out.writeByte((copyOnly ? 1 : 0) | (compressed ? 2 : 0) | (checksums ? 4 : 0));
      out.writeByte(lsns.type());
      out.writeLong(lsns.last());
      out.writeLong(lsns.checkpoint());
      out.writeLong(lsns.databaseBackup());
      out.writeLong(lsns.differentialBase());
      for (String s : new String[] {databaseName, collation, name, description, serverName, userName}) {
        out.writeBoolean(s != null);
        if (s != null) {
          out.writeUTF(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Decodes a SET_HEADER payload; throws IOException when it is not one. */
  static BackupSetHeader decodeStart(byte[] payload) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
    short version = 0;
    if (!java.util.Arrays.equals(in.readNBytes(MAGIC.length), MAGIC) || (version = in.readShort()) < 1
        || version > VERSION) {
      throw new IOException("not a Quern backup set");
    }
    int position = in.readInt();
    int databaseId = in.readInt();
    long start = in.readLong();
    long lsn = in.readLong();
    int flags = in.readByte();
    BackupLsns lsns = version == 1 ? BackupLsns.ofSnapshot(lsn)
        : new BackupLsns(in.readByte(), lsn, in.readLong(), in.readLong(), in.readLong(), in.readLong());
    String[] s = new String[6];
    for (int i = 0; i < s.length; i++) {
      s[i] = in.readBoolean() ? in.readUTF() : null;
    }
    return new BackupSetHeader(position, s[0], databaseId, s[1], s[2], s[3], s[4], s[5], start, 0, lsns,
        (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, 0, 0);
  }

  /** This header completed by its trailer's finish time and sizes. */
  BackupSetHeader finished(long finish, long image, long set) {
    return new BackupSetHeader(position, databaseName, databaseId, collation, name, description, serverName,
        userName, startMillis, finish, lsns, copyOnly, compressed, checksums, image, set);
  }
}

package dev.quern.engine.backup;

import dev.quern.catalog.meta.DatabaseImage;
import dev.quern.engine.error.SqlException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A backup file (a "media family" of one device): backup sets one after another, NOINIT appending
 * a set, INIT / FORMAT starting the file over. Layout (blocks per {@link BackupBlocks}):
 *
 * <pre>
 * set      := SET_HEADER DATA* SET_TRAILER
 * SET_HEADER  "QUERNBAK", version u16 (1 or 2), position u32, database id u32, start ms i64,
 *             first LSN i64, flags u8 (1 copy-only, 2 compressed, 4 CHECKSUM asked),
 *             (version 2:) type u8 (1 full, 5 differential, 2 log), last, checkpoint,
 *             database backup and differential base LSNs i64,
 *             then database name, collation, name, description, server, user
 *             (each: bool present, modified UTF-8)
 * DATA        the database image's entries (a log backup: one LOG_RECORD entry per record)
 *             as one stream cut into blocks of up to 256 KB:
 *             entry := kind u8, length u32, payload (DatabaseImage); DATA_DEFLATED: the same
 *             bytes deflated (COMPRESSION)
 * SET_TRAILER "QUERNEND", finish ms i64, entries u64, image bytes u64 (uncompressed)
 * </pre>
 *
 * Every block carries a CRC-32C whatever CHECKSUM says (the flag is what HEADERONLY reports).
 * A failed append cuts the file back to where it was, so a file never ends in half a set.
 */
final class BackupFile {
  private static final byte[] END = "QUERNEND".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int CHUNK = 256 << 10;

  private final Path path;
  private final String device;

  BackupFile(Path path, String device) {
    this.path = path;
    this.device = device;
  }

  /** The headers of every backup set, in position order (3201 when there is no file). */
  List<BackupSetHeader> sets() {
    List<BackupSetHeader> sets = new ArrayList<>();
    try (DataInputStream in = open()) {
      BackupSetHeader h;
      while ((h = nextSet(in, null)) != null) {
        sets.add(h);
      }
    } catch (IOException e) {
      throw failure(e);
    }
    return sets;
  }

  /** Reads set {@code position} whole, checking every block, its entries to {@code sink}. */
  BackupSetHeader read(int position, DatabaseImage.Sink sink) {
    try (DataInputStream in = open()) {
      for (int p = 1; ; p++) {
        BackupSetHeader h = nextSet(in, p == position ? sink : null);
        if (h == null) {
          throw BackupErrors.NO_SUCH_FILE.raise(position, device);
        }
        if (p == position) {
          return h;
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Writes a set: {@code start} (its position is set here), then what {@code producer} gives its
   * sink; {@code overwrite} starts the file over (INIT, FORMAT), else the set is appended.
   */
  BackupSetHeader write(boolean overwrite, BackupSetHeader start, Consumer<DatabaseImage.Sink> producer) {
    createParent();
    int position = overwrite || !Files.exists(path) ? 1 : sets().size() + 1;
    long keep = overwrite || !Files.exists(path) ? 0 : size();
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ch.truncate(keep);
      ch.position(keep);
      try {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch), CHUNK));
        BackupSetHeader h = new BackupSetHeader(position, start.databaseName(), start.databaseId(),
            start.collation(), start.name(), start.description(), start.serverName(), start.userName(),
            start.startMillis(), 0, start.lsns(), start.copyOnly(), start.compressed(), start.checksums(), 0, 0);
        long bytes = BackupBlocks.write(out, BackupBlocks.SET_HEADER, h.encodeStart());
        EntryWriter entries = new EntryWriter(out, h.compressed());
        producer.accept(entries);
        bytes += entries.finish();
        long finish = System.currentTimeMillis();
        bytes += BackupBlocks.write(out, BackupBlocks.SET_TRAILER, trailer(finish, entries.count(), entries.imageBytes()));
        out.flush();
        ch.force(true);
        return h.finished(finish, entries.imageBytes(), bytes);
      } catch (RuntimeException | IOException e) {
        ch.truncate(keep);
        throw e;
      }
    } catch (NoSuchFileException | java.nio.file.AccessDeniedException e) {
      throw failure(e);
    } catch (IOException e) {
      throw BackupErrors.CANNOT_OPEN_DEVICE.raise(device, "5(Access is denied.)");
    }
  }

  /**
   * The directories the file is to be in, made when missing: SQL Server on Linux creates them as
   * BACKUP opens the file (backup scripts there name a directory per database and backup type,
   * with no xp_create_subdir before). A file in the way, or no right to create, is 3201.
   */
  private void createParent() {
    Path parent = path.toAbsolutePath().getParent();
    if (parent == null || Files.isDirectory(parent)) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (java.nio.file.AccessDeniedException e) {
      throw BackupErrors.CANNOT_OPEN_DEVICE.raise(device, "5(Access is denied.)");
    } catch (IOException e) {
      throw BackupErrors.CANNOT_OPEN_DEVICE.raise(device, "3(The system cannot find the path specified.)");
    }
  }

  private long size() {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private static byte[] trailer(long finish, long count, long imageBytes) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(b);
    out.write(END);
    out.writeLong(finish);
    out.writeLong(count);
    out.writeLong(imageBytes);
    return b.toByteArray();
  }

  private DataInputStream open() throws IOException {
    return new DataInputStream(new BufferedInputStream(Files.newInputStream(path), CHUNK));
  }

  /**
   * The next set's header completed by its trailer, its DATA blocks read and checked into {@code
   * sink}, or skipped when {@code sink} is null; null at the end of the file.
   */
  private BackupSetHeader nextSet(DataInputStream in, DatabaseImage.Sink sink) throws IOException {
    BackupBlocks.Block first = BackupBlocks.read(in, true);
    if (first == null) {
      return null;
    }
    if (first.kind() != BackupBlocks.SET_HEADER) {
      throw new BackupBlocks.Malformed("no set header");
    }
    BackupSetHeader h = BackupSetHeader.decodeStart(first.payload());
    EntryReader entries = new EntryReader(in, sink == null, h.compressed());
    if (sink != null) {
      entries.forEach(sink);
    } else {
      entries.skip();
    }
    DataInputStream t = new DataInputStream(new java.io.ByteArrayInputStream(entries.trailer().payload()));
    if (!java.util.Arrays.equals(t.readNBytes(END.length), END)) {
      throw new BackupBlocks.Malformed("bad trailer");
    }
    long finish = t.readLong();
    t.readLong();
    long image = t.readLong();
    return h.finished(finish, image, first.bytes() + entries.bytes());
  }

  private SqlException failure(IOException e) {
    return switch (e) {
      case NoSuchFileException n -> BackupErrors.CANNOT_OPEN_DEVICE.raise(device,
          "2(The system cannot find the file specified.)");
      case java.nio.file.AccessDeniedException a -> BackupErrors.CANNOT_OPEN_DEVICE.raise(device, "5(Access is denied.)");
      case BackupBlocks.Damaged d -> BackupErrors.DAMAGED.raise();
      default -> BackupErrors.MALFORMED.raise(device);
    };
  }

  /** Entries into DATA blocks of up to {@link #CHUNK} bytes. */
  private static final class EntryWriter implements DatabaseImage.Sink {
    private final DataOutputStream out;
    private final boolean compress;
    private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + 1024);
    private final DataOutputStream data = new DataOutputStream(chunk);
    private long count;
    private long imageBytes;
    private long written;

    EntryWriter(DataOutputStream out, boolean compress) {
      this.out = out;
      this.compress = compress;
    }

    @Override
    public void entry(int kind, byte[] payload) {
      try {
        data.writeByte(kind);
        data.writeInt(payload.length);
        imageBytes += 5L + payload.length;
        count++;
        int at = 0;
        while (at < payload.length) {
          int n = Math.min(payload.length - at, CHUNK - chunk.size());
          data.write(payload, at, n);
          at += n;
          if (chunk.size() >= CHUNK) {
            flush();
          }
        }
        if (chunk.size() >= CHUNK) {
          flush();
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private void flush() throws IOException {
      if (chunk.size() == 0) {
        return;
      }
      byte[] raw = chunk.toByteArray();
      chunk.reset();
      written += compress
          ? BackupBlocks.write(out, BackupBlocks.DATA_DEFLATED, deflate(raw))
          : BackupBlocks.write(out, BackupBlocks.DATA, raw);
    }

    private static byte[] deflate(byte[] raw) throws IOException {
      ByteArrayOutputStream b = new ByteArrayOutputStream(raw.length / 2);
      try (OutputStream z = new java.util.zip.DeflaterOutputStream(b)) {
        z.write(raw);
      }
      return b.toByteArray();
    }

    long finish() throws IOException {
      flush();
      return written;
    }

    long count() {
      return count;
    }

    long imageBytes() {
      return imageBytes;
    }
  }

  /** The entries of one set: its DATA blocks as one stream, up to its SET_TRAILER block. */
  private static final class EntryReader extends InputStream {
    private final DataInputStream in;
    private final boolean skipData;
    private final boolean compressed;
    private byte[] current = new byte[0];
    private int at;
    private BackupBlocks.Block trailer;
    private long bytes;

    EntryReader(DataInputStream in, boolean skipData, boolean compressed) {
      this.in = in;
      this.skipData = skipData;
      this.compressed = compressed;
    }

    void forEach(DatabaseImage.Sink sink) throws IOException {
      DataInputStream data = new DataInputStream(this);
      int kind;
      while ((kind = data.read()) >= 0) {
        int length = data.readInt();
        if (length < 0) {
          throw new BackupBlocks.Malformed("entry length");
        }
        byte[] payload = data.readNBytes(length);
        if (payload.length < length) {
          throw new BackupBlocks.Malformed("entry cut short");
        }
        sink.entry(kind, payload);
      }
    }

    void skip() throws IOException {
      while (nextBlock()) {
        // Skipped: HEADERONLY reads headers only.
      }
    }

    BackupBlocks.Block trailer() {
      return trailer;
    }

    long bytes() {
      return bytes;
    }

    @Override
    public int read() throws IOException {
      while (at >= current.length) {
        if (!nextBlock()) {
          return -1;
        }
      }
      return current[at++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (at >= current.length) {
        if (!nextBlock()) {
          return -1;
        }
      }
      int n = Math.min(len, current.length - at);
      System.arraycopy(current, at, b, off, n);
      at += n;
      return n;
    }

    private boolean nextBlock() throws IOException {
      if (trailer != null) {
        return false;
      }
      BackupBlocks.Block b = BackupBlocks.read(in, skipData);
      if (b == null) {
        throw new BackupBlocks.Malformed("set without trailer");
      }
      bytes += b.bytes();
      switch (b.kind()) {
        case BackupBlocks.SET_TRAILER -> {
          trailer = b;
          return false;
        }
        case BackupBlocks.DATA -> current = b.payload() == null ? new byte[0] : b.payload();
        case BackupBlocks.DATA_DEFLATED -> current = b.payload() == null ? new byte[0] : inflate(b.payload());
        default -> throw new BackupBlocks.Malformed("unexpected block " + b.kind());
      }
      at = 0;
      return true;
    }

    private byte[] inflate(byte[] payload) throws IOException {
      if (!compressed) {
        throw new BackupBlocks.Malformed("compressed block in an uncompressed set");
      }
      try (InputStream z = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(payload))) {
        return z.readNBytes(CHUNK + 1);
      }
    }
  }
}

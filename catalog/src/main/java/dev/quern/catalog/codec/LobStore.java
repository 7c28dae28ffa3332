package dev.quern.catalog.codec;

import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Large values in chunks of {@value #CHUNK_SIZE} bytes under {@code prefix + lobId + chunk number},
 * written and read in the caller's transaction (so they commit and roll back with the row).
 */
public final class LobStore {
  /** Values of LOB-capable types longer than this leave the row (SQL Server's in-row limit). */
  public static final int INLINE_LIMIT = 8000;

  static final int CHUNK_SIZE = 32 * 1024;

  private final KvTxn txn;
  private final byte[] prefix;
  private final LongSupplier ids;

  /** {@code ids} hands out LOB ids never used before under {@code prefix}. */
  public LobStore(KvTxn txn, byte[] prefix, LongSupplier ids) {
    this.txn = txn;
    this.prefix = prefix.clone();
    this.ids = ids;
  }

  public LobRef write(byte[] data) {
    long id = ids.getAsLong();
    for (int off = 0, chunk = 0; off < data.length; off += CHUNK_SIZE, chunk++) {
      int len = Math.min(CHUNK_SIZE, data.length - off);
      txn.put(chunkKey(id, chunk), java.util.Arrays.copyOfRange(data, off, off + len));
    }
    return new LobRef(id, data.length);
  }

  /** The whole value. */
  public byte[] read(LobRef ref) {
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(ref.length(), Integer.MAX_VALUE - 8));
    try (InputStream in = open(ref)) {
      in.transferTo(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The value as a stream that reads one chunk at a time. */
  public InputStream open(LobRef ref) {
    return new LobInputStream(ref);
  }

  /** Removes the chunks (the row that referenced them is being deleted or updated). */
  public void delete(LobRef ref) {
    long chunks = chunkCount(ref);
    for (int i = 0; i < chunks; i++) {
      txn.delete(chunkKey(ref.lobId(), i));
    }
  }

  /** One stored chunk: its LOB's id, its number within the value, its length in bytes. */
  public record Chunk(long lobId, int number, int length) {}

  /**
   * Every stored chunk under this store's prefix in key order (by LOB id, then chunk number),
   * for DBCC CHECKTABLE to match against the rows' references.
   */
  public void forEachChunk(java.util.function.Consumer<Chunk> visitor) {
    try (KvIterator it = txn.scan(prefix, KeyBytes.prefixEnd(prefix), false)) {
      while (it.next()) {
        ByteSource key = new ByteSource(it.key(), prefix.length, it.key().length - prefix.length);
        visitor.accept(new Chunk(key.getLong(), key.getInt(), it.value().length));
      }
    }
  }

  /** How many chunks {@code ref}'s value is written in. */
  public static long chunkCount(LobRef ref) {
    return (ref.length() + CHUNK_SIZE - 1) / CHUNK_SIZE;
  }

  /** The length chunk {@code number} of {@code ref}'s value has, or -1 past its last chunk. */
  public static int chunkLength(LobRef ref, long number) {
    if (number < 0 || number >= chunkCount(ref)) {
      return -1;
    }
    return (int) Math.min(CHUNK_SIZE, ref.length() - number * CHUNK_SIZE);
  }

  private byte[] chunkKey(long lobId, int chunk) {
    return new ByteSink(prefix.length + 12).put(prefix).putLong(lobId).putInt(chunk).toBytes();
  }

  private final class LobInputStream extends InputStream {
    private final KvIterator chunks;
    private byte[] current = new byte[0];
    private int pos;
    private boolean done;

    LobInputStream(LobRef ref) {
      byte[] start = new ByteSink().put(prefix).putLong(ref.lobId()).toBytes();
      this.chunks = txn.peekScan(start, KeyBytes.prefixEnd(start), false);
    }

    private boolean fill() {
      while (pos >= current.length) {
        if (done || !chunks.next()) {
          done = true;
          return false;
        }
        current = chunks.value();
        pos = 0;
      }
      return true;
    }

    @Override
    public int read() {
      return fill() ? current[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, current.length - pos);
      System.arraycopy(current, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() {
      chunks.close();
    }
  }
}

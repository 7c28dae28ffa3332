package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import java.util.ArrayList;
import java.util.List;

/**
 * One committed transaction's changes to one database, as its transaction log keeps them: its LSN,
 * its commit time and its row operations in the order they were made ({@link TransactionLog} has
 * where they are stored); a log backup carries each as {@link #encode()} gives it.
 *
 * <pre>
 * op := kind u8 ('I' insert, 'D' delete, 'U' update, 'T' truncate, 'C' catalog), table id u32
 *       (the id in the database that logged it; 0 for C), shape u32 ({@link #shape}), then per
 *       row (I: new; D: old; U: old, new; T: none; C: the image) varint length and the row in the
 *       image's row format
 * </pre>
 */
public record LogRecord(long lsn, long commitMillis, byte[] ops) {
  public static final byte INSERT = 'I';
  public static final byte DELETE = 'D';
  public static final byte UPDATE = 'U';
  public static final byte TRUNCATE = 'T';
  /**
   * The database's definitions changed (DDL): the row is a database image ({@link DatabaseImage}
   * entries as kind u8, length u32, payload) of the whole catalog, with the rows of the tables the
   * transaction created or altered and {@link DatabaseImage#TABLE_FROM_BASE} for the others.
   */
  public static final byte CATALOG = 'C';

  /** One row operation. */
  public record Op(byte kind, int tableId, int shape, byte[] oldRow, byte[] newRow) {}

  /**
   * A fingerprint of a table's columns (names, types, order): a log record applies only to a table
   * restored with the definition it was logged under.
   */
  public static int shape(Table t) {
    StringBuilder b = new StringBuilder();
    for (Column c : t.columns()) {
      b.append(c.name()).append(':').append(c.type()).append(';');
    }
    return b.toString().hashCode();
  }

  static byte[] op(byte kind, int tableId, int shape, byte[] first, byte[] second) {
    int size = 9 + (first == null ? 0 : first.length + 5) + (second == null ? 0 : second.length + 5);
    ByteSink out = new ByteSink(size).put(kind).putInt(tableId).putInt(shape);
    for (byte[] row : new byte[][] {first, second}) {
      if (row != null) {
        out.putVarint(row.length).put(row);
      }
    }
    return out.toBytes();
  }

  /** The operations, decoded. */
  public List<Op> decodeOps() {
    List<Op> out = new ArrayList<>();
    ByteSource in = new ByteSource(ops);
    while (in.hasRemaining()) {
      byte kind = (byte) in.get();
      int table = in.getInt();
      int shape = in.getInt();
      byte[] first = kind == TRUNCATE ? null : in.get((int) in.getVarint());
      byte[] second = kind == UPDATE ? in.get((int) in.getVarint()) : null;
      out.add(switch (kind) {
        case INSERT, CATALOG -> new Op(kind, table, shape, null, first);
        case UPDATE -> new Op(kind, table, shape, first, second);
        default -> new Op(kind, table, shape, first, null);
      });
    }
    return out;
  }

  /** The stored (and backed up) form: lsn u64, commit ms i64, ops length u32, ops. */
  public byte[] encode() {
    return new ByteSink(20 + ops.length).putLong(lsn).putLong(commitMillis).putInt(ops.length).put(ops).toBytes();
  }

  public static LogRecord decode(byte[] b) {
    ByteSource in = new ByteSource(b);
    long lsn = in.getLong();
    long millis = in.getLong();
    return new LogRecord(lsn, millis, in.get(in.getInt()));
  }
}

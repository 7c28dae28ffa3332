package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import java.util.Arrays;

/**
 * One transaction's net change to one row of a change-tracked table: {@code operation} 'I', 'U'
 * or 'D'; {@code columns} the ids of the columns an update changed (null: not tracked, or every
 * column); {@code context} the WITH CHANGE_TRACKING_CONTEXT value (null: none); {@code key} the
 * primary key's values (kept as values: a key's memcomparable form cannot always be decoded).
 *
 * <p>Stored form: operation byte, flags (1 columns present, 2 context present), the columns
 * (varint count, ids as u32), the context (varint length, bytes), the key as a row.
 */
public record ChangeRow(char operation, int[] columns, byte[] context, Object[] key) {
  /** This change followed, in the same transaction, by {@code later}; null when they cancel out. */
  ChangeRow then(ChangeRow later) {
    char op = operation;
    if (op == 'I' && later.operation == 'D') {
      return null; // the row neither existed before nor after the transaction
    }
    char merged = switch (op) {
      case 'I' -> 'I';
      case 'D' -> later.operation == 'I' ? 'U' : later.operation;
      default -> later.operation;
    };
    int[] cols = merged == 'U' && op == 'U' && later.operation == 'U' ? union(columns, later.columns) : null;
    return new ChangeRow(merged, cols, later.context != null ? later.context : context, later.key);
  }

  /** The union of two column sets; null (every column) wins. */
  static int[] union(int[] a, int[] b) {
    if (a == null || b == null) {
      return null;
    }
    return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
  }

  byte[] encode(RowLayout keyLayout) {
    ByteSink s = new ByteSink(32).put(operation).put((columns != null ? 1 : 0) | (context != null ? 2 : 0));
    if (columns != null) {
      s.putVarint(columns.length);
      for (int c : columns) {
        s.putInt(c);
      }
    }
    if (context != null) {
      s.putVarint(context.length).put(context);
    }
    return s.put(RowCodec.encode(keyLayout, key, NO_LOBS)).toBytes();
  }

  static ChangeRow decode(byte[] b, RowLayout keyLayout) {
    ByteSource r = new ByteSource(b);
    char op = (char) r.get();
    int flags = r.get();
    int[] cols = null;
    if ((flags & 1) != 0) {
      cols = new int[(int) r.getVarint()];
      for (int i = 0; i < cols.length; i++) {
        cols[i] = r.getInt();
      }
    }
    byte[] ctx = (flags & 2) != 0 ? r.get((int) r.getVarint()) : null;
    byte[] row = Arrays.copyOfRange(b, r.position(), b.length);
    return new ChangeRow(op, cols, ctx, RowCodec.decode(keyLayout, row, null));
  }

  /** Primary key columns are never LOBs (SQL Server refuses max types in keys). */
  private static final RowCodec.LobWriter NO_LOBS = v -> {
    throw new IllegalStateException("A primary key value is never a LOB");
  };
}

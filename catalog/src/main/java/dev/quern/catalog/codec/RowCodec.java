package dev.quern.catalog.codec;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.util.ArrayList;
import java.util.List;

/**
 * The row format: compact, null-aware, versioned by slot count.
 *
 * <pre>
 * u8      format (1)
 * varint  n: slots written (a row written before ALTER TABLE ADD has fewer than the layout)
 * bytes   null bitmap, ceil(n/8), bit i (LSB first) set = slot i is NULL (or dropped)
 * bytes   fixed-width slots that are not NULL, in slot order, each at its type's width
 * varint  v: variable-width slots that are not NULL
 * u32 × v end offset of each variable-width value, relative to the start of the data below
 * bytes   the variable-width values, in slot order; a LOB-capable slot's value starts with a
 *         flag byte: 0 = inline bytes follow, 1 = LobRef (lob id i64, length i64) follows
 * </pre>
 *
 * Any slot can be read without decoding the others ({@link #decodeSlot}).
 */
public final class RowCodec {
  private static final int FORMAT = 1;
  private static final int INLINE = 0;
  private static final int OUT_OF_ROW = 1;

  /** Stores a large value outside the row. */
  @FunctionalInterface
  public interface LobWriter {
    LobRef write(byte[] data);
  }

  /** Reads a value stored outside the row. */
  @FunctionalInterface
  public interface LobReader {
    byte[] read(LobRef ref);
  }

  private RowCodec() {}

  /** Encodes {@code values} (one per slot; dropped slots are ignored). */
  public static byte[] encode(RowLayout layout, Object[] values, LobWriter lobs) {
    int n = layout.size();
    if (values.length != n) {
      throw new IllegalArgumentException(
          "Row has " + values.length + " values for " + n + " slots");
    }
    ByteSink out = new ByteSink(64);
    out.put(FORMAT).putVarint(n);
    byte[] bitmap = new byte[(n + 7) / 8];
    List<byte[]> variable = new ArrayList<>();
    ByteSink fixed = new ByteSink(64);
    for (int i = 0; i < n; i++) {
      RowLayout.Slot slot = layout.slots().get(i);
      Object v = slot.dropped() ? null : values[i];
      if (v == null) {
        bitmap[i >> 3] |= (byte) (1 << (i & 7));
      } else if (ValueCodec.fixedWidth(slot.type().id()) != ValueCodec.VARIABLE) {
        ValueCodec.writeFixed(fixed, slot.type().id(), v);
      } else {
        variable.add(variableBytes(slot.type(), v, lobs));
      }
    }
    out.put(bitmap).put(fixed.toBytes()).putVarint(variable.size());
    int end = 0;
    for (byte[] b : variable) {
      end += b.length;
      out.putInt(end);
    }
    for (byte[] b : variable) {
      out.put(b);
    }
    return out.toBytes();
  }

  private static byte[] variableBytes(SqlType type, Object v, LobWriter lobs) {
    byte[] raw = ValueCodec.encodeVariable(type.id(), v);
    if (!ValueCodec.lobCapable(type)) {
      return raw;
    }
    ByteSink out = new ByteSink(Math.min(raw.length, LobStore.INLINE_LIMIT) + 17);
    if (raw.length <= LobStore.INLINE_LIMIT || lobs == null) {
      return out.put(INLINE).put(raw).toBytes();
    }
    LobRef ref = lobs.write(raw);
    return out.put(OUT_OF_ROW).putLong(ref.lobId()).putLong(ref.length()).toBytes();
  }

  /**
   * Decodes every slot. Out-of-row values are read through {@code lobs}; with {@code lobs} null
   * they come back as {@link LobRef}s (for streaming them with {@link LobStore#open}).
   */
  public static Object[] decode(RowLayout layout, byte[] row, LobReader lobs) {
    return decode(layout, row, lobs, null);
  }

  /**
   * Decodes the slots {@code wanted} marks (every slot when it is null) and leaves the others
   * null: a scan that reads two columns of ten does not pay for building the other eight values.
   */
  public static Object[] decode(RowLayout layout, byte[] row, LobReader lobs, boolean[] wanted) {
    return decode(layout, row, lobs, wanted, false);
  }

  /** As {@link #decode(RowLayout, byte[], LobReader, boolean[])}, dropped slots too if asked. */
  private static Object[] decode(
      RowLayout layout, byte[] row, LobReader lobs, boolean[] wanted, boolean dropped) {
    Header h = Header.read(layout, row);
    Object[] values = new Object[layout.size()];
    ByteSource fixed = new ByteSource(row, h.fixedStart, row.length - h.fixedStart);
    int varIndex = 0;
    for (int i = 0; i < values.length; i++) {
      RowLayout.Slot slot = layout.slots().get(i);
      boolean want = (wanted == null || wanted[i]) && (dropped || !slot.dropped());
      if (i >= h.n) {
        values[i] = want ? slot.missingValue() : null;
        continue;
      }
      if (h.isNull(i)) {
        continue;
      }
      TypeId type = slot.type().id();
      int width = ValueCodec.fixedWidth(type);
      if (width == ValueCodec.VARIABLE) {
        if (want) {
          values[i] = h.variable(varIndex, slot.type(), lobs);
        }
        varIndex++;
      } else if (want) {
        values[i] = ValueCodec.readFixed(fixed, type);
      } else {
        fixed.position(fixed.position() + width);
      }
    }
    return values;
  }

  /** Decodes one slot without decoding the others. */
  public static Object decodeSlot(RowLayout layout, byte[] row, int slotIndex, LobReader lobs) {
    Header h = Header.read(layout, row);
    RowLayout.Slot target = layout.slots().get(slotIndex);
    if (slotIndex >= h.n) {
      return target.dropped() ? null : target.missingValue();
    }
    if (h.isNull(slotIndex) || target.dropped()) {
      return null;
    }
    int fixedOffset = h.fixedStart;
    int varIndex = 0;
    for (int i = 0; i < slotIndex; i++) {
      if (h.isNull(i)) {
        continue;
      }
      int w = ValueCodec.fixedWidth(layout.type(i).id());
      if (w == ValueCodec.VARIABLE) {
        varIndex++;
      } else {
        fixedOffset += w;
      }
    }
    if (ValueCodec.fixedWidth(target.type().id()) != ValueCodec.VARIABLE) {
      return ValueCodec.readFixed(
          new ByteSource(row, fixedOffset, row.length - fixedOffset), target.type().id());
    }
    return h.variable(varIndex, target.type(), lobs);
  }

  /**
   * Finds where each slot's value lies in stored rows of one layout, without decoding any: for
   * column-at-a-time readers that copy values straight from the row (ints, floats, UTF-8 text).
   * Holds the layout's slot widths, worked out once, and the last row's positions; not
   * thread-safe.
   */
  public static final class Locator {
    /** {@link #length}'s value for a NULL (or dropped) slot. */
    public static final int NULL_SLOT = -1;

    /** {@link #length}'s value for a slot the row was written without: it reads as its missing value. */
    public static final int MISSING_SLOT = -2;

    private static final int PENDING = -3;

    private final int[] widths;
    private final boolean[] dropped;
    private final int[] start;
    private final int[] length;

    private Locator(RowLayout layout) {
      int size = layout.size();
      widths = new int[size];
      dropped = new boolean[size];
      for (int i = 0; i < size; i++) {
        widths[i] = ValueCodec.fixedWidth(layout.type(i).id());
        dropped[i] = layout.slots().get(i).dropped();
      }
      start = new int[size];
      length = new int[size];
    }

    /**
     * Locates the slots of {@code row}: afterwards {@link #start} and {@link #length} give each
     * slot's bytes (a fixed-width value, or a variable-width one: of a LOB-capable slot its flag
     * byte first). Corrupt rows fail as in {@link #decode}.
     */
    public void locate(byte[] row) {
      locate(row, row.length);
    }

    /**
     * As {@link #locate(byte[])} for the row held in the first {@code rowLength} bytes of {@code
     * row} (a reader's reused buffer).
     */
    public void locate(byte[] row, int rowLength) {
      ByteSource in = new ByteSource(row, 0, rowLength);
      int format = in.get();
      if (format != FORMAT) {
        throw new IllegalArgumentException("Unknown row format " + format);
      }
      int n = (int) in.getVarint();
      int size = widths.length;
      if (n > size) {
        throw new IllegalArgumentException("Row has " + n + " slots, the layout only " + size);
      }
      int bitmap = in.position();
      int fixed = bitmap + (n + 7) / 8;
      if (fixed > rowLength) {
        throw new IllegalArgumentException("Corrupt row: null bitmap beyond the row's end");
      }
      int varCount = 0;
      for (int i = 0; i < size; i++) {
        if (i >= n) {
          length[i] = dropped[i] ? NULL_SLOT : MISSING_SLOT;
        } else if ((row[bitmap + (i >> 3)] & (1 << (i & 7))) != 0) {
          length[i] = NULL_SLOT;
        } else if (widths[i] == ValueCodec.VARIABLE) {
          start[i] = varCount++; // its index among the variable values, resolved below
          length[i] = PENDING;
        } else {
          start[i] = fixed;
          length[i] = widths[i];
          fixed += widths[i];
        }
      }
      in.position(fixed);
      int declared = (int) in.getVarint();
      if (declared < varCount) {
        throw new IllegalArgumentException("Corrupt row: " + declared + " variable slots, " + varCount + " expected");
      }
      int offsets = in.position();
      int data = offsets + 4 * declared;
      if (declared < 0 || data > rowLength) {
        throw new IllegalArgumentException("Corrupt row: " + declared + " variable offsets beyond the row's end");
      }
      for (int i = 0; i < Math.min(n, size); i++) {
        if (length[i] == PENDING) {
          int index = start[i];
          int from = index == 0 ? 0 : readInt(row, offsets + 4 * (index - 1));
          int to = readInt(row, offsets + 4 * index);
          if (from < 0 || to < from || data + to > rowLength) {
            throw new IllegalArgumentException("Corrupt row: variable slot " + index + " at " + from + ".." + to);
          }
          start[i] = data + from;
          length[i] = to - from;
        } else if (length[i] >= 0 && start[i] + length[i] > rowLength) {
          throw new IllegalArgumentException("Corrupt row: fixed slot " + i + " beyond the row's end");
        }
        if (dropped[i] && length[i] >= 0) {
          length[i] = NULL_SLOT;
        }
      }
    }

    /** Where the last located row's value of {@code slot} starts (when its length is not negative). */
    public int start(int slot) {
      return start[slot];
    }

    /** The byte length of the last located row's value of {@code slot}, or {@link #NULL_SLOT} or {@link #MISSING_SLOT}. */
    public int length(int slot) {
      return length[slot];
    }
  }

  /** A {@link Locator} for rows of {@code layout}. */
  public static Locator locator(RowLayout layout) {
    return new Locator(layout);
  }

  /** The big-endian int at {@code row[at]} (a stored int's bytes, a float's or bigint's halves). */
  public static int readInt(byte[] row, int at) {
    return ((row[at] & 0xFF) << 24) | ((row[at + 1] & 0xFF) << 16) | ((row[at + 2] & 0xFF) << 8) | (row[at + 3] & 0xFF);
  }

  /** The big-endian long at {@code row[at]} (a stored bigint; a float's bits). */
  public static long readLong(byte[] row, int at) {
    return ((long) readInt(row, at) << 32) | (readInt(row, at + 4) & 0xFFFFFFFFL);
  }

  /**
   * Whether a slot's values are the in-row bytes {@link #locate} finds and a column reader can
   * copy as they are: int (4 bytes), bigint (8), float (8, the double's bits) and character types
   * that are never stored outside the row (their UTF-8, as the row path's Strings encode it).
   */
  public static boolean copyable(RowLayout.Slot slot) {
    if (slot.dropped()) {
      return false;
    }
    return switch (slot.type().id()) {
      case INT, BIGINT, FLOAT -> true;
      case CHAR, VARCHAR, NCHAR, NVARCHAR -> !ValueCodec.lobCapable(slot.type());
      default -> false;
    };
  }

  /**
   * The out-of-row values a row references (to delete them with the row), those of dropped columns
   * too: the row keeps a dropped column's bytes, and its chunks, until the row is rewritten.
   */
  public static List<LobRef> lobRefs(RowLayout layout, byte[] row) {
    Object[] values = decode(layout, row, null, null, true);
    List<LobRef> refs = new ArrayList<>();
    for (Object v : values) {
      if (v instanceof LobRef ref) {
        refs.add(ref);
      }
    }
    return refs;
  }

  /** The parsed header of a row: where each section starts. */
  private static final class Header {
    private final byte[] row;
    private int n;
    private int bitmapStart;
    private int fixedStart;
    private int offsetsStart;
    private int dataStart;

    private Header(byte[] row) {
      this.row = row;
    }

    static Header read(RowLayout layout, byte[] row) {
      ByteSource in = new ByteSource(row);
      int format = in.get();
      if (format != FORMAT) {
        throw new IllegalArgumentException("Unknown row format " + format);
      }
      Header h = new Header(row);
      h.n = (int) in.getVarint();
      if (h.n > layout.size()) {
        throw new IllegalArgumentException(
            "Row has " + h.n + " slots, the layout only " + layout.size());
      }
      h.bitmapStart = in.position();
      h.fixedStart = h.bitmapStart + (h.n + 7) / 8;
      if (h.fixedStart > row.length) {
        throw new IllegalArgumentException("Corrupt row: null bitmap beyond the row's end");
      }
      int fixedSize = 0;
      for (int i = 0; i < h.n; i++) {
        int w = ValueCodec.fixedWidth(layout.type(i).id());
        if (!h.isNull(i) && w != ValueCodec.VARIABLE) {
          fixedSize += w;
        }
      }
      in.position(h.fixedStart + fixedSize);
      int varCount = (int) in.getVarint();
      h.offsetsStart = in.position();
      h.dataStart = h.offsetsStart + 4 * varCount;
      return h;
    }

    boolean isNull(int i) {
      return (row[bitmapStart + (i >> 3)] & (1 << (i & 7))) != 0;
    }

    Object variable(int index, SqlType type, LobReader lobs) {
      int start = index == 0 ? 0 : readInt(offsetsStart + 4 * (index - 1));
      int end = readInt(offsetsStart + 4 * index);
      if (start < 0 || end < start || dataStart + end > row.length) {
        throw new IllegalArgumentException(
            "Corrupt row: variable slot " + index + " at " + start + ".." + end);
      }
      int offset = dataStart + start;
      int length = end - start;
      if (!ValueCodec.lobCapable(type)) {
        return ValueCodec.decodeVariable(type.id(), row, offset, length);
      }
      if (length == 0) {
        throw new IllegalArgumentException("Corrupt row: variable slot " + index + " has no LOB flag");
      }
      if (row[offset] == INLINE) {
        return ValueCodec.decodeVariable(type.id(), row, offset + 1, length - 1);
      }
      ByteSource in = new ByteSource(row, offset + 1, length - 1);
      LobRef ref = new LobRef(in.getLong(), in.getLong());
      return lobs == null ? ref : ValueCodec.decodeVariable(type.id(), lobs.read(ref));
    }

    private int readInt(int pos) {
      return ((row[pos] & 0xFF) << 24)
          | ((row[pos + 1] & 0xFF) << 16)
          | ((row[pos + 2] & 0xFF) << 8)
          | (row[pos + 3] & 0xFF);
    }
  }
}

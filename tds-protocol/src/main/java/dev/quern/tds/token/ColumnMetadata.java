package dev.quern.tds.token;

import dev.quern.tds.type.TypeInfo;
import java.util.Objects;

/**
 * One column of COLMETADATA [MS-TDS §2.2.7.4]: UserType, Flags, TYPE_INFO, TableName (text, ntext
 * and image only; null when absent) and ColName.
 */
public record ColumnMetadata(
    int userType, int flags, TypeInfo type, String tableName, String name) {
  public static final int FLAG_NULLABLE = 0x0001;
  public static final int FLAG_CASE_SENSITIVE = 0x0002;
  /** usUpdateable (2 bits): 0 read-only, 1 read/write, 2 unknown. */
  public static final int UPDATEABLE_MASK = 0x000C;
  public static final int FLAG_UPDATEABLE_READ_WRITE = 0x0004;
  public static final int FLAG_UPDATEABLE_UNKNOWN = 0x0008;
  public static final int FLAG_IDENTITY = 0x0010;
  public static final int FLAG_COMPUTED = 0x0020;
  public static final int FLAG_FIXED_LEN_CLR_TYPE = 0x0100;
  public static final int FLAG_SPARSE_COLUMN_SET = 0x0400;
  public static final int FLAG_ENCRYPTED = 0x0800;
  public static final int FLAG_HIDDEN = 0x2000;
  public static final int FLAG_KEY = 0x4000;
  public static final int FLAG_NULLABLE_UNKNOWN = 0x8000;
  /** UserType of timestamp/rowversion columns. */
  public static final int USER_TYPE_TIMESTAMP = 0x0050;

  public ColumnMetadata {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if ((flags & ~0xFFFF) != 0) {
      throw new IllegalArgumentException("Flags must fit a USHORT: " + flags);
    }
  }

  /** A column as SQL Server describes result columns: no user type, updateable unknown. */
  public static ColumnMetadata of(String name, TypeInfo type, boolean nullable) {
    int flags = FLAG_UPDATEABLE_UNKNOWN | (nullable ? FLAG_NULLABLE : 0);
    return new ColumnMetadata(0, flags, type, null, name);
  }

  public boolean nullable() {
    return (flags & FLAG_NULLABLE) != 0;
  }

  public boolean identity() {
    return (flags & FLAG_IDENTITY) != 0;
  }

  public boolean computed() {
    return (flags & FLAG_COMPUTED) != 0;
  }

  /** usUpdateable: 0 read-only, 1 read/write, 2 unknown. */
  public int updateable() {
    return (flags & UPDATEABLE_MASK) >>> 2;
  }

  /** This column with another UserType ({@link #USER_TYPE_TIMESTAMP} marks a rowversion). */
  public ColumnMetadata withUserType(int newUserType) {
    return new ColumnMetadata(newUserType, flags, type, tableName, name);
  }

  public ColumnMetadata withFlags(int newFlags) {
    return new ColumnMetadata(userType, newFlags, type, tableName, name);
  }
}

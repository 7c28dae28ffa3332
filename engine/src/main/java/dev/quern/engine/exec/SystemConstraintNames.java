package dev.quern.engine.exec;

/**
 * The names SQL Server gives constraints declared without one: {@code PK__orders__3213E83F0D7A0286}
 * (table cut to 8 characters, 16 hex digits) for keys; {@code DF__orders__place__5AEE82B9} (table
 * cut to 9 characters, column to 5, 8 hex digits) for defaults, column checks and foreign keys (its
 * first column); {@code CK__orders__5AEE82B9} for a table-level check. The digits come from a
 * fresh object id, so names never collide.
 */
final class SystemConstraintNames {
  private SystemConstraintNames() {}

  /** PRIMARY KEY / UNIQUE: {@code prefix} is PK or UQ. */
  static String key(String prefix, String table, int id) {
    return prefix + "__" + cut(table, 8) + "__" + String.format("%016X", (long) id * 0x9E3779B1L);
  }

  /** DEFAULT (DF), a column's CHECK (CK) or a FOREIGN KEY (FK) on {@code column}. */
  static String ofColumn(String prefix, String table, String column, int id) {
    return prefix + "__" + cut(table, 9) + "__" + cut(column, 5) + "__" + String.format("%08X", id);
  }

  /** A table-level CHECK. */
  static String tableCheck(String table, int id) {
    return "CK__" + cut(table, 9) + "__" + String.format("%08X", id);
  }

  private static String cut(String name, int length) {
    return name.length() > length ? name.substring(0, length) : name;
  }
}

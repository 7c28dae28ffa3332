package dev.quern.engine.ast;

/**
 * The {@code ON} clause of a table, key or index: {@code ON ps(column)} places it on partition
 * scheme {@code scheme}, partitioned by {@code column}; {@link #PRIMARY} stands for an explicit
 * {@code ON [PRIMARY]} (or {@code "default"}), which keeps it off the table's scheme. No clause at
 * all is a null placement.
 */
public record PartitionPlacement(String scheme, String column) {
  /** {@code ON [PRIMARY]}: the one filegroup. */
  public static final PartitionPlacement PRIMARY = new PartitionPlacement(null, null);

  public boolean partitioned() {
    return scheme != null;
  }

  public String toSql() {
    return partitioned() ? " ON " + Names.quote(scheme) + "(" + Names.quote(column) + ")" : " ON [PRIMARY]";
  }

  /** The clause as SQL, or nothing for no placement. */
  static String toSql(PartitionPlacement p) {
    return p == null ? "" : p.toSql();
  }
}

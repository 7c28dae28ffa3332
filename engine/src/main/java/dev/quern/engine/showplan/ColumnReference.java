package dev.quern.engine.showplan;

/**
 * A column as a showplan names it: of a table ({@code database}, {@code schema}, {@code table} set,
 * unbracketed) or computed in the plan (only {@code column}).
 */
public record ColumnReference(String database, String schema, String table, String column) {
  public static ColumnReference computed(String column) {
    return new ColumnReference(null, null, null, column);
  }

  /** As SHOWPLAN_TEXT prints it: {@code [db].[dbo].[t].[c]}, or {@code [c]}. */
  public String text() {
    if (table == null) {
      return "[" + column + "]";
    }
    return "[" + database + "].[" + schema + "].[" + table + "].[" + column + "]";
  }

  XmlElement xml() {
    XmlElement e = new XmlElement("ColumnReference");
    if (table != null) {
      e.attr("Database", "[" + database + "]").attr("Schema", "[" + schema + "]").attr("Table", "[" + table + "]");
    }
    return e.attr("Column", column);
  }
}

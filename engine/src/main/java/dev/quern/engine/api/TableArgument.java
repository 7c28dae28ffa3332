package dev.quern.engine.api;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/**
 * The value of a table-valued parameter as a call passes it: the rows a client sent (an RPC
 * parameter of TDS type TVP) or a table variable of the caller ({@code EXEC p @p = @t}).
 */
public sealed interface TableArgument {
  /**
   * Rows sent by a client. {@code typeName} is the table type as the client named it ({@code
   * [schema.]name}, either part possibly empty); each row has one value per column, in order.
   */
  record Rows(String typeName, List<SqlType> columnTypes, List<Object[]> rows) implements TableArgument {
    public Rows {
      columnTypes = List.copyOf(columnTypes);
      rows = List.copyOf(rows);
    }

    @Override
    public String toString() {
      return "TableArgument.Rows[" + typeName + ", " + columnTypes.size() + " columns, " + rows.size() + " rows]";
    }
  }

  /**
   * The caller's table variable {@code name}, stored in tempdb as {@code storedName}, declared of
   * table type {@code userTypeId} (0: {@code DECLARE … TABLE}).
   */
  record Variable(String name, String storedName, int userTypeId) implements TableArgument {}
}

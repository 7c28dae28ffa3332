package dev.quern.engine.sys;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * A built-in table-valued dynamic management function ("System Dynamic Management Functions"):
 * its arguments (each converted to its parameter's type; DEFAULT is NULL), its columns, its rows.
 */
public interface SystemFunction {
  /** The name without schema, lower case ({@code dm_sql_referenced_entities}). */
  String name();

  /** The types the arguments are converted to, one per parameter (all required). */
  List<SqlType> parameters();

  List<ResultColumn> columns();

  /** The rows for the evaluated arguments; {@code after} raised once they are read, as SQL Server does (2020). */
  Rows rows(SessionState session, Object[] args);

  /** Rows, and an error that follows them (null: none). */
  record Rows(List<Object[]> rows, RuntimeException after) {
    public static Rows of(List<Object[]> rows) {
      return new Rows(rows, null);
    }
  }
}

package dev.quern.engine.proc.describe;

import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of sys.dm_exec_describe_first_result_set: sp_describe_first_result_set's, without its
 * TDS columns and with six error columns after them (NULL on success). When discovery fails the
 * function does not raise: it returns one row holding the first error (the analysed batch's own,
 * e.g. 208, else discovery's) and its error_type from the docs' table.
 */
public final class DescribeFirstResultSetFunction {
  /** The procedure's columns up to order_by_is_descending, which the function shares. */
  private static final int SHARED = 35;
  private static final int WIDTH = SHARED + 6;

  private DescribeFirstResultSetFunction() {}

  public static List<Object[]> rows(SessionState state, String tsql, String params, Boolean browse) {
    List<SqlMessage> reported = new ArrayList<>();
    try {
      List<Object[]> rows = new ArrayList<>();
      for (Object[] r : DescribeFirstResultSetProcedure.rows(
          tsql == null ? "" : tsql, params, Boolean.TRUE.equals(browse) ? 1 : 0, new Discovery(state, reported::add))) {
        Object[] row = new Object[WIDTH];
        System.arraycopy(r, 0, row, 0, SHARED);
        rows.add(row);
      }
      return rows;
    } catch (SqlException e) {
      SqlMessage first = reported.isEmpty() ? e.toMessage() : reported.getFirst();
      Object[] row = new Object[WIDTH];
      int type = errorType(e.number());
      row[SHARED] = first.number();
      row[SHARED + 1] = first.severity();
      row[SHARED + 2] = first.state();
      row[SHARED + 3] = first.text();
      row[SHARED + 4] = type;
      row[SHARED + 5] = TYPE_DESCRIPTIONS[type - 1];
      return List.<Object[]>of(row);
    }
  }

  private static final String[] TYPE_DESCRIPTIONS = {
    "MISC", "SYNTAX", "CONFLICTING_RESULTS", "DYNAMIC_SQL", "CLR_PROCEDURE", "CLR_TRIGGER",
    "EXTENDED_PROCEDURE", "UNDECLARED_PARAMETER", "RECURSION", "TEMPORARY_TABLE", "UNSUPPORTED_STATEMENT",
    "OBJECT_TYPE_NOT_SUPPORTED", "OBJECT_DOES_NOT_EXIST"
  };

  /** The docs' error_type for discovery's error {@code number} (11501 follows a syntax error here). */
  private static int errorType(int number) {
    return switch (number) {
      case 11501 -> 2;
      case 11509, 11510, 11511, 11512 -> 3;
      case 11513, 11514 -> 4;
      case 11521, 11522 -> 8;
      case 11523, 11524 -> 9;
      case 11525, 11526 -> 10;
      case 11527, 11528 -> 11;
      default -> 1;
    };
  }
}

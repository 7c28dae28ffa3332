package dev.quern.engine.expr;

import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlException;
import java.util.Set;

/** Turns the catalog's value errors into engine errors with SQL Server's abort behaviour. */
public final class ValueErrors {
  /** Conversion failures abort the batch in SQL Server; arithmetic errors only the statement. */
  private static final Set<Integer> BATCH_ABORTING =
      Set.of(245, 241, 242, 8114, 8169, 295, 293, 9809, 248, 244, 13609, 13645, 13647, 13639, 13640);

  private ValueErrors() {}

  public static SqlException toSql(SqlValueException e) {
    Abort abort = BATCH_ABORTING.contains(e.number()) ? Abort.BATCH : Abort.STATEMENT;
    return new SqlException(e.number(), e.severity(), e.state(), e.text(), abort);
  }
}

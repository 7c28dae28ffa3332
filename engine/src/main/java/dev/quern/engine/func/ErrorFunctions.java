package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.util.List;
import java.util.function.Function;

/**
 * ERROR_NUMBER(), ERROR_MESSAGE() … : the error the enclosing CATCH block handles, NULL outside
 * CATCH.
 */
final class ErrorFunctions {
  private ErrorFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(
        of("ERROR_NUMBER", SqlTypes.INT, CaughtError::number),
        of("ERROR_SEVERITY", SqlTypes.INT, CaughtError::severity),
        of("ERROR_STATE", SqlTypes.INT, CaughtError::state),
        of("ERROR_MESSAGE", SqlType.ofLength(TypeId.NVARCHAR, 4000), CaughtError::message),
        of("ERROR_PROCEDURE", SqlTypes.SYSNAME, CaughtError::procedure),
        of("ERROR_LINE", SqlTypes.INT, CaughtError::line));
  }

  private static ScalarFunction of(String name, SqlType type, Function<CaughtError, Object> read) {
    return new SessionValueFunction(name, type, c -> c.currentError().map(read).orElse(null));
  }
}

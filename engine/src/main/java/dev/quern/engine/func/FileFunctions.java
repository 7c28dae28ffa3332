package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * FILE_ID('logical_name') and FILE_NAME(file_id) over the current database's files as
 * sys.database_files lists them: file 1 (ROWS) named as the database, file 2 (LOG) as the
 * database with {@code _log}. NULL for any other name or id, as SQL Server returns.
 */
final class FileFunctions {
  private static final int ROWS_FILE = 1;
  private static final int LOG_FILE = 2;

  private FileFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new FileId(), new FileName());
  }

  private static final class FileId extends BuiltinFunction {
    FileId() {
      super("FILE_ID", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SMALLINT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0)) {
        return null;
      }
      String name = a.string(0);
      String db = ctx.databaseName();
      if (name.equalsIgnoreCase(db)) {
        return ROWS_FILE;
      }
      return name.equalsIgnoreCase(db + "_log") ? LOG_FILE : null;
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  private static final class FileName extends BuiltinFunction {
    FileName() {
      super("FILE_NAME", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SYSNAME;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0)) {
        return null;
      }
      return switch (a.integer(0)) {
        case ROWS_FILE -> ctx.databaseName();
        case LOG_FILE -> ctx.databaseName() + "_log";
        default -> null;
      };
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }
}

package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;
import java.util.Optional;

/**
 * {@code sys.fn_hadr_backup_is_preferred_replica('dbname') RETURNS bit}: whether this instance is
 * where a database's backups should be taken ("sys.fn_hadr_backup_is_preferred_replica"). Quern
 * has no availability groups, and for a database in none the function is always 1; for a name
 * no database has, 0, as SQL Server answers since 2022 CU2. Named with its sys schema only, as
 * backup scripts call it.
 */
public final class PreferredBackupReplicaFunction extends BuiltinFunction {
  static final String NAME = "fn_hadr_backup_is_preferred_replica";

  private PreferredBackupReplicaFunction() {
    super(NAME, 1, 1);
  }

  /** The function {@code parts} names: {@code [db.]sys.fn_hadr_backup_is_preferred_replica}. */
  public static Optional<ScalarFunction> lookup(List<String> parts) {
    boolean named = parts.size() >= 2 && parts.size() <= 3 && parts.getLast().equalsIgnoreCase(NAME)
        && parts.get(parts.size() - 2).equalsIgnoreCase("sys");
    return named ? Optional.of(new PreferredBackupReplicaFunction()) : Optional.empty();
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.BIT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    if (a.isNull(0)) {
      return false;
    }
    return ctx.databaseId(a.string(0)).isPresent();
  }
}

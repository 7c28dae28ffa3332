package dev.quern.engine.proc.module;

import dev.quern.catalog.meta.SchemaObject;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import java.util.Optional;

/**
 * An object named by a maintenance procedure's {@code @objname} ('t', 'dbo.t', '[db].[dbo].[t]'):
 * a name whose database part is not the current database is 15250, as SQL Server's procedures
 * check before they look the object up.
 */
public final class ModuleName {
  private ModuleName() {}

  public static Optional<SchemaObject> resolve(SessionState session, String name) {
    String database = databasePart(name);
    if (database != null && !database.equalsIgnoreCase(session.databaseName())) {
      throw SqlErrors.QUALIFIER_NOT_CURRENT_DATABASE.raise();
    }
    return session.objectId(name, null).flatMap(session::objectById);
  }

  /** The database part of a three-part name, unquoted; null when the name has none. */
  private static String databasePart(String name) {
    String[] parts = name.split("\\.", -1);
    if (parts.length < 3) {
      return null;
    }
    String db = parts[parts.length - 3].strip();
    if (db.length() >= 2 && (db.startsWith("[") && db.endsWith("]") || db.startsWith("\"") && db.endsWith("\""))) {
      db = db.substring(1, db.length() - 1);
    }
    return db.isEmpty() ? null : db;
  }
}

package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.AlterDatabaseStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ALTER DATABASE … COLLATE ("Set or change the database collation"): changes the default of the
 * columns, variables and literals created or evaluated from now on; existing columns keep the
 * collation stored on them. As in SQL Server it needs the database to itself (5030 while another
 * session uses it) and no schema-bound object that depends on the collation: CHECK constraints,
 * computed columns and modules WITH SCHEMABINDING (5075 for each), all followed by 5072. The
 * system databases keep the server's collation (3708).
 */
final class DatabaseCollationDdl {
  private static final Pattern SCHEMABINDING = Pattern.compile("\\bSCHEMABINDING\\b", Pattern.CASE_INSENSITIVE);

  private final SessionState state;

  DatabaseCollationDdl(SessionState state) {
    this.state = state;
  }

  void alter(AlterDatabaseStatement s, Database db) {
    String collation = s.collation();
    if (state.store().inUserTransaction()) {
      throw SqlErrors.ALTER_DATABASE_IN_TRANSACTION.raise();
    }
    if (db.id() <= 4) {
      throw notSet(db, collation).precededBy(SqlErrors.CANNOT_ALTER_SYSTEM_DATABASE.raise(db.name()));
    }
    if (usedByOthers(db)) {
      throw notSet(db, collation).precededBy(SqlErrors.DATABASE_NOT_EXCLUSIVE.raise());
    }
    Catalog catalog = state.store().storage().catalog(db.id());
    List<SqlException> dependents = dependents(state.store().metadata(catalog), db);
    if (!dependents.isEmpty()) {
      SqlException failed = notSet(db, collation);
      dependents.forEach(failed::precededBy);
      throw failed;
    }
    catalog.alterDatabase(state.store().txn(catalog), db.withCollation(collation));
    state.store().markDdl();
    // Outside a transaction the statement commits by itself: new objects take it from now on.
    state.server().databases().setCollation(db.id(), collation);
  }

  private static SqlException notSet(Database db, String collation) {
    return SqlErrors.DATABASE_COLLATION_NOT_SET.raise(db.name(), collation);
  }

  /** Another session whose current database is {@code db} keeps it from being locked exclusively. */
  private boolean usedByOthers(Database db) {
    return state.server().sessions().stream()
        .anyMatch(other -> other != state && other.databaseId() == db.id());
  }

  /** 5075 for each schema-bound object of {@code db} the collation change would invalidate. */
  private static List<SqlException> dependents(Metadata md, Database db) {
    List<SqlException> out = new ArrayList<>();
    for (Schema schema : md.schemas(db.id())) {
      for (SchemaObject o : md.objects(schema.id())) {
        if (o instanceof Table t) {
          tableDependents(t, out);
        } else {
          String definition = ObjectNames.definitionOf(o);
          if (definition != null && SCHEMABINDING.matcher(definition).find()) {
            out.add(SqlErrors.DEPENDS_ON_DATABASE_COLLATION.raise("object", o.name()));
          }
        }
      }
    }
    return out;
  }

  private static void tableDependents(Table t, List<SqlException> out) {
    for (Column c : t.columns()) {
      if (c.computed() != null) {
        out.add(SqlErrors.DEPENDS_ON_DATABASE_COLLATION.raise("column", t.name() + "." + c.name()));
      }
    }
    for (Constraint k : t.constraints()) {
      if (k instanceof Constraint.Check check) {
        out.add(SqlErrors.DEPENDS_ON_DATABASE_COLLATION.raise("object", check.name()));
      }
    }
  }
}

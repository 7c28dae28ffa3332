package dev.quern.engine.sys;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** The schemas and objects of the session's current database, as the session sees them now. */
final class CatalogObjects {
  /** One object with its schema, and when it was created and altered (null when not kept). */
  record Entry(Schema schema, SchemaObject object, dev.quern.catalog.meta.ObjectDates dates) {}

  private CatalogObjects() {}

  static Metadata metadata(SessionState session) {
    Catalog catalog = session.store().storage().catalog(session.databaseId());
    return session.store().snapshot(catalog);
  }

  static List<Entry> objects(SessionState session) {
    Metadata md = metadata(session);
    List<Entry> out = new ArrayList<>();
    for (Schema s : md.schemas(session.databaseId())) {
      for (SchemaObject o : md.objects(s.id())) {
        // DDL triggers are kept under dbo but are no schema objects (sys.objects does not show them).
        if (!(o instanceof dev.quern.catalog.meta.Trigger t && t.ddl())) {
          out.add(new Entry(s, o, md.objectDates(o.id()).orElse(null)));
        }
      }
    }
    return out;
  }

  /**
   * The table whose indexes {@code o} shows: a table's own, an indexed view's stored rows (whose
   * indexes are the view's, reported with the view's object_id); null for anything else.
   */
  static dev.quern.catalog.meta.Table indexed(SessionState session, SchemaObject o) {
    if (o instanceof dev.quern.catalog.meta.Table t) {
      return t;
    }
    if (o instanceof dev.quern.catalog.meta.View v) {
      return metadata(session).table(v.schemaId(), dev.quern.catalog.meta.IndexedViewRows.tableName(v.name())).orElse(null);
    }
    return null;
  }

  /** The DDL triggers ON DATABASE of the current database, in creation order (sys.triggers). */
  static List<dev.quern.catalog.meta.Trigger> databaseTriggers(SessionState session) {
    return metadata(session).ddlTriggers(session.databaseId(), dev.quern.catalog.meta.Trigger.DATABASE);
  }

  /** The DDL triggers ON ALL SERVER, kept in master (sys.server_triggers), in creation order. */
  static List<dev.quern.catalog.meta.Trigger> serverTriggers(SessionState session) {
    Metadata md = session.store().snapshot(session.store().storage().main());
    return md.database("master")
        .map(db -> md.ddlTriggers(db.id(), dev.quern.catalog.meta.Trigger.SERVER))
        .orElse(List.of());
  }

  /** sys.objects.parent_object_id: a trigger's table; 0 for an object of its own. */
  static int parentId(dev.quern.catalog.meta.SchemaObject o) {
    return o instanceof dev.quern.catalog.meta.Trigger t ? t.parentId() : 0;
  }

  static String typeDescription(String typeCode) {
    return switch (typeCode.trim()) {
      case "U" -> "USER_TABLE";
      case "V" -> "VIEW";
      case "SO" -> "SEQUENCE_OBJECT";
      case "P" -> "SQL_STORED_PROCEDURE";
      case "FN" -> "SQL_SCALAR_FUNCTION";
      case "IF" -> "SQL_INLINE_TABLE_VALUED_FUNCTION";
      case "TF" -> "SQL_TABLE_VALUED_FUNCTION";
      case "TR" -> "SQL_TRIGGER";
      case "SN" -> "SYNONYM";
      case "PK" -> "PRIMARY_KEY_CONSTRAINT";
      case "UQ" -> "UNIQUE_CONSTRAINT";
      case "F" -> "FOREIGN_KEY_CONSTRAINT";
      case "C" -> "CHECK_CONSTRAINT";
      case "D" -> "DEFAULT_CONSTRAINT";
      default -> typeCode;
    };
  }
}

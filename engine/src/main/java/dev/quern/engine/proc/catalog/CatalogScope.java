package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.func.LikePatterns;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a catalog procedure lists: the schemas and objects of the current database as the session
 * sees them now, filtered by the name and owner patterns the drivers pass (LIKE patterns, matched
 * ignoring case as under the default collation, or exact names when the caller turns patterns off).
 */
final class CatalogScope {
  /** One object with its schema. */
  record Entry(Schema schema, SchemaObject object) {}

  private final SessionState session;
  private final Metadata metadata;

  private CatalogScope(SessionState session) {
    this.session = session;
    Catalog catalog = session.store().storage().catalog(session.databaseId());
    this.metadata = session.store().snapshot(catalog);
  }

  /**
   * The current database's scope; a qualifier naming another database is 15250, as SQL Server's
   * catalog procedures refuse it.
   */
  static CatalogScope of(SessionState session, String qualifier) {
    if (qualifier != null && !qualifier.isEmpty() && !qualifier.equalsIgnoreCase(session.databaseName())) {
      throw SqlErrors.QUALIFIER_NOT_CURRENT_DATABASE.raise();
    }
    return new CatalogScope(session);
  }

  String databaseName() {
    return session.databaseName();
  }

  Metadata metadata() {
    return metadata;
  }

  /** The objects whose name and schema match (a null pattern matches all). */
  List<Entry> objects(String namePattern, String ownerPattern, boolean usePattern) {
    Pattern name = compile(namePattern, usePattern);
    Pattern owner = compile(ownerPattern, usePattern);
    List<Entry> out = new ArrayList<>();
    for (Schema s : metadata.schemas(session.databaseId())) {
      if (owner != null && !owner.matcher(s.name()).matches()) {
        continue;
      }
      for (SchemaObject o : metadata.objects(s.id())) {
        if (name == null || name.matcher(o.name()).matches()) {
          out.add(new Entry(s, o));
        }
      }
    }
    return out;
  }

  /** The schema named {@code id}'s name. */
  String schemaName(int id) {
    return metadata.schema(id).map(Schema::name).orElse(null);
  }

  /** A LIKE pattern, or an exact name when patterns are off; null for none. */
  static Pattern compile(String pattern, boolean usePattern) {
    if (pattern == null) {
      return null;
    }
    String regex = usePattern ? LikePatterns.toRegex(pattern) : Pattern.quote(pattern);
    return Pattern.compile(regex, LikePatterns.FLAGS);
  }
}

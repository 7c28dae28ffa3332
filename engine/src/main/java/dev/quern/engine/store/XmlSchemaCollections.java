package dev.quern.engine.store;

import dev.quern.catalog.meta.XmlSchemaCollection;
import java.util.List;
import java.util.Optional;

/**
 * Finds XML schema collections by the name a statement wrote ({@code [schema.]name}, in the
 * session's current database): an unqualified name in the session's default schema, then dbo,
 * as SQL Server resolves a type name.
 */
public final class XmlSchemaCollections {
  private XmlSchemaCollections() {}

  /** The collection {@code schema.name} ({@code schema} null when not written) names, if any. */
  public static Optional<XmlSchemaCollection> find(StoreSession session, String currentDatabase, String schema,
      String name) {
    List<String> parts = schema == null ? List.of(name) : List.of(schema, name);
    Optional<XmlSchemaCollection> found = ObjectNames.target(session, currentDatabase, parts).flatMap(t ->
        session.metadata(t.catalog()).xmlSchemaCollection(t.database().id(), t.schema().id(), name));
    if (found.isPresent() || schema != null) {
      return found;
    }
    return ObjectNames.target(session, currentDatabase, List.of("dbo", name)).flatMap(t ->
        session.metadata(t.catalog()).xmlSchemaCollection(t.database().id(), t.schema().id(), name));
  }
}
